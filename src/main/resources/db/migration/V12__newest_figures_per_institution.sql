-- The search finds figures through the institutions they are about, newest first on each side.
create index exchange_statistic_institution_newest_idx on exchange_statistic (institution_id, id desc)
    where archived_at is null;
create index exchange_statistic_partner_newest_idx on exchange_statistic (partner_institution_id, id desc)
    where archived_at is null;
