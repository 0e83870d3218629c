-- Found by the benchmark on the generated portfolio (100,000 agreements, 1,000,000 statistics).

-- The sources page counts each source's records.
create index agreement_source_idx on agreement (source_id);
create index delegation_source_idx on delegation (source_id);
create index office_source_idx on office (source_id);
create index exchange_statistic_source_idx on exchange_statistic (source_id);
create index person_source_idx on person (source_id);

-- Each list's first page in its default order, read from an index instead of sorting the table.
create index agreement_list_idx on agreement (signed_date desc nulls last, id);
create index delegation_list_idx on delegation (starts_on desc nulls last, id);
create index exchange_statistic_list_idx on exchange_statistic (year_from desc nulls last, id);
create index institution_list_idx on institution (name_en, id) where archived_at is null;

-- A partner's page reads its latest figures and delegations, from either side, newest first.
alter table exchange_statistic add column period_year integer
    generated always as (coalesce(year_to, cast(extract(year from as_of_date) as integer))) stored;
create index exchange_statistic_institution_latest_idx
    on exchange_statistic (institution_id, period_year desc nulls last, measure, id);
create index exchange_statistic_partner_latest_idx
    on exchange_statistic (partner_institution_id, period_year desc nulls last, measure, id);
create index delegation_home_latest_idx on delegation (home_institution_id, starts_on desc, id);
