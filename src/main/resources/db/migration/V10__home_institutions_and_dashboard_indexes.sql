-- Our own institutions, as opposed to partners: the five universities whose international
-- offices the seed articles come from. The dashboard counts partners against them.
alter table institution add column home boolean not null default false;
update institution set home = true where name_en in ('Chongqing University', 'Dalian University of Technology',
    'Central South University', 'Shanghai Polytechnic University',
    'University of Shanghai for Science and Technology');

-- The dashboard's aggregates read statistics by measure and year, agreements by status and
-- end date, and offices by country.
create index exchange_statistic_measure_year_idx on exchange_statistic (measure, year_from)
    include (institution_id, partner_institution_id, partner_country_code, value)
    where archived_at is null and period_kind = 'YEAR';
create index agreement_active_until_idx on agreement (valid_until) where status = 'ACTIVE' and archived_at is null;
create index office_country_idx on office (country_code);
