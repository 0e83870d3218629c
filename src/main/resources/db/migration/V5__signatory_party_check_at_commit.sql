-- A form that changes an agreement's parties and signatories together writes the rows in the
-- order Hibernate chooses; the rule that a signatory signs for one of the parties still holds,
-- checked when the transaction commits.
alter table signatory drop constraint signatory_party_fk;
alter table signatory add constraint signatory_party_fk foreign key (agreement_id, institution_id)
    references agreement_party (agreement_id, institution_id) deferrable initially deferred;
