-- Lifecycle: an agreement can be terminated (with a date and a reason) and renewed by a successor.
alter table agreement add column predecessor_id bigint;
alter table agreement add column terminated_on date;
alter table agreement add column termination_reason varchar(1000);
alter table agreement add constraint agreement_predecessor_fk foreign key (predecessor_id) references agreement (id);
alter table agreement add constraint agreement_termination_complete
    check ((terminated_on is null) = (termination_reason is null));
create index agreement_predecessor_idx on agreement (predecessor_id);
