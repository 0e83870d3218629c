-- Several portal nodes share one database: the node that runs an import writes how far it got and
-- a heartbeat every few seconds, so that any node shows the progress and only an import whose node
-- stopped beating is marked failed (by whichever node notices first).
alter table import_batch add column heartbeat_at timestamptz;
alter table import_batch add column rows_done integer not null default 0;
create index import_batch_working_idx on import_batch (heartbeat_at) where status in ('CHECKING', 'IMPORTING');
