-- Several portal nodes keep figures in memory (list totals, the overview's counts, the dashboard, the
-- countries of the filters). Every change to a record advances this number once committed
-- (history/ChangeGeneration); a node compares it with the number its figures were computed at before
-- using them. A sequence, not a row: advancing it takes no lock, so writers never wait on each other.
create sequence accord_change_generation;
