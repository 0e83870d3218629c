-- An agreement is renewed once: two renewals at the same moment made two successors. The
-- second now fails on this index (its request gets the clash page) instead.
create unique index agreement_one_successor on agreement (predecessor_id) where predecessor_id is not null;
drop index agreement_predecessor_idx;
