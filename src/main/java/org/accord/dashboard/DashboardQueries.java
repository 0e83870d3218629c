package org.accord.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregates, grouped and counted in PostgreSQL: three statements, each
 * answering one part of the page (the lists as JSON, read into records). No entity is
 * loaded to be counted in Java.
 */
@Repository
class DashboardQueries {

	/** Students sent and received, as the statistics record them. */
	static final String SENT = "('STUDENTS_SENT')";

	static final String RECEIVED = "('STUDENTS_RECEIVED_LONG_TERM', 'STUDENTS_RECEIVED_SHORT_TERM')";

	/**
	 * The partners and agreements in view: a partner is any institution not our own; with
	 * a home institution chosen, one that shares an agreement with it. A partner country
	 * narrows both.
	 */
	private static final String SCOPE = """
			with partner as (
			    select p.id, p.country_code from institution p
			    where not p.home and p.archived_at is null
			      and (:country = '' or p.country_code = :country)
			      and (:home = 0 or exists (
			          select 1 from agreement_party x
			          join agreement_party y on y.agreement_id = x.agreement_id and y.institution_id = :home
			          join agreement xa on xa.id = x.agreement_id and xa.archived_at is null
			          where x.institution_id = p.id))
			), scoped_agreement as (
			    select a.* from agreement a
			    where a.archived_at is null
			      and (:home = 0 or exists (select 1 from agreement_party x
			          where x.agreement_id = a.id and x.institution_id = :home))
			      and (:country = '' or exists (select 1 from agreement_party x
			          join institution xi on xi.id = x.institution_id
			          where x.agreement_id = a.id and xi.country_code = :country))
			), people as (
			    select s.institution_id, s.partner_institution_id, s.year_from as year, s.value,
			           s.measure in %s as sent, s.measure in %s as received
			    from exchange_statistic s
			    left join institution pi on pi.id = s.partner_institution_id
			    where s.archived_at is null and s.period_kind = 'YEAR' and s.measure in %s
			      and (:home = 0 or s.institution_id = :home)
			      and (:country = '' or coalesce(s.partner_country_code, pi.country_code) = :country)
			), scoped_delegation as (
			    select d.* from delegation d
			    where d.archived_at is null
			      and (:home = 0 or d.home_institution_id = :home)
			      and (:country = '' or exists (select 1 from institution hi
			          where hi.id = d.home_institution_id and hi.country_code = :country)
			          or exists (select 1 from delegation_participant x join institution xi on xi.id = x.institution_id
			          where x.delegation_id = d.id and xi.country_code = :country))
			)
			""".formatted(SENT, RECEIVED,
			"('STUDENTS_SENT', 'STUDENTS_RECEIVED_LONG_TERM', 'STUDENTS_RECEIVED_SHORT_TERM')");

	private static final String ACTIVE = "a.status = 'ACTIVE' and (a.valid_until is null or a.valid_until >= :today)";

	private static final String FIGURES = SCOPE + """
			select json_build_object(
			  'partners', (select count(*) from partner),
			  'countries', (select count(distinct country_code) from partner),
			  'activeAgreements', (select count(*) from scoped_agreement a where %1$s),
			  'expiring3', (select count(*) from scoped_agreement a where %1$s
			      and a.valid_until < cast(:today as date) + interval '3 months'),
			  'expiring6', (select count(*) from scoped_agreement a where %1$s
			      and a.valid_until < cast(:today as date) + interval '6 months'),
			  'expiring12', (select count(*) from scoped_agreement a where %1$s
			      and a.valid_until < cast(:today as date) + interval '12 months'),
			  'offices', (select count(*) from office o where o.archived_at is null
			      and (:home = 0 or o.owner_id = :home) and (:country = '' or o.country_code = :country)),
			  'delegationsThisYear', (select count(*) from scoped_delegation d
			      where d.starts_on >= make_date(:thisYear, 1, 1) and d.starts_on < make_date(:thisYear + 1, 1, 1)),
			  'exchangedLastYear', (select coalesce(sum(value), 0) from people where year = :thisYear - 1))
			""".formatted(ACTIVE);

	private static final String CHARTS = SCOPE + """
			select json_build_object(
			  'signed', (select coalesce(json_agg(t order by t.year, t.kind), '[]') from (
			      select cast(extract(year from a.signed_date) as int) as year, a.kind, count(*) as count
			      from scoped_agreement a
			      where a.signed_date >= make_date(:fromYear, 1, 1) and a.signed_date < make_date(:toYear + 1, 1, 1)
			      group by 1, 2) t),
			  'countries', (select coalesce(json_agg(t order by t.count desc, t.code), '[]') from (
			      select country_code as code, count(*) as count from partner group by 1) t),
			  'flows', (select coalesce(json_agg(t order by t.year), '[]') from (
			      select year, coalesce(sum(value) filter (where sent), 0) as sent,
			             coalesce(sum(value) filter (where received), 0) as received
			      from people where year between :fromYear and :toYear group by 1) t),
			  'top', (select coalesce(json_agg(t), '[]') from (
			      select i.id, i.name_en as name, i.name_native as "nativeName", i.country_code as country,
			             coalesce(ag.n, 0) as agreements, coalesce(dl.n, 0) as delegations,
			             coalesce(ex.n, 0) as exchanged
			      from partner p join institution i on i.id = p.id
			      left join (select x.institution_id, count(*) as n from agreement_party x
			          join scoped_agreement a on a.id = x.agreement_id group by 1) ag on ag.institution_id = p.id
			      left join (select x.institution_id, count(*) as n from delegation_participant x
			          join scoped_delegation d on d.id = x.delegation_id
			          where d.starts_on >= make_date(:fromYear, 1, 1) and d.starts_on < make_date(:toYear + 1, 1, 1)
			          group by 1) dl on dl.institution_id = p.id
			      left join (select partner_institution_id, sum(value) as n from people
			          where year between :fromYear and :toYear group by 1) ex on ex.partner_institution_id = p.id
			      where coalesce(ag.n, 0) + coalesce(dl.n, 0) + coalesce(ex.n, 0) > 0
			      order by coalesce(ag.n, 0) + coalesce(dl.n, 0) + coalesce(ex.n, 0) desc, i.name_en
			      limit 10) t))
			""";

	private static final String PARTIES = """
			(select string_agg(pi.name_en, ' · ' order by pi.name_en) from agreement_party px
			 join institution pi on pi.id = px.institution_id where px.agreement_id = a.id)""";

	private static final String INSIGHTS = SCOPE
			+ """
					, dormant as (
					    select a.* from scoped_agreement a
					    where %1$s and (a.signed_date is null or a.signed_date <= cast(:today as date) - interval '2 years')
					      and not exists (select 1 from exchange_statistic s
					          join agreement_party x on x.agreement_id = a.id and x.institution_id = s.institution_id
					          join agreement_party y on y.agreement_id = a.id and y.institution_id = s.partner_institution_id
					          where s.archived_at is null and s.period_kind = 'YEAR' and s.value > 0
					            and s.year_from >= :thisYear - 2
					            and s.measure in ('STUDENTS_SENT', 'STUDENTS_RECEIVED_LONG_TERM', 'STUDENTS_RECEIVED_SHORT_TERM'))
					), idle as (
					    select d.* from scoped_delegation d
					    where d.starts_on >= make_date(:fromYear, 1, 1) and d.starts_on < make_date(:toYear + 1, 1, 1)
					      and d.starts_on <= cast(:today as date) - interval '12 months'
					      and not exists (select 1 from agreement a
					          join agreement_party x on x.agreement_id = a.id
					          join delegation_participant dp on dp.institution_id = x.institution_id and dp.delegation_id = d.id
					          where a.archived_at is null and a.signed_date >= d.starts_on
					            and a.signed_date <= d.starts_on + interval '12 months')
					), balance as (
					    select partner_institution_id as id, sum(value) filter (where sent) as sent,
					           sum(value) filter (where received) as received
					    from people where partner_institution_id is not null and year between :fromYear and :toYear
					    group by 1
					)
					select json_build_object(
					  'expiring', (select coalesce(json_agg(t), '[]') from (
					      select a.id, a.reference, a.title, a.signed_date as "signedOn", a.valid_until as "validUntil",
					             %2$s as parties
					      from scoped_agreement a
					      where %1$s and a.valid_until < cast(:today as date) + interval '12 months'
					      order by a.valid_until, a.reference limit 20) t),
					  'dormantCount', (select count(*) from dormant),
					  'dormant', (select coalesce(json_agg(t), '[]') from (
					      select a.id, a.reference, a.title, a.signed_date as "signedOn", a.valid_until as "validUntil",
					             %2$s as parties
					      from dormant a order by a.signed_date nulls first, a.reference limit 10) t),
					  'imbalanced', (select coalesce(json_agg(t), '[]') from (
					      select i.id, i.name_en as name, i.name_native as "nativeName", i.country_code as country,
					             coalesce(b.sent, 0) as sent, coalesce(b.received, 0) as received
					      from balance b join partner p on p.id = b.id join institution i on i.id = b.id
					      where coalesce(b.sent, 0) + coalesce(b.received, 0) >= 10
					        and (coalesce(b.sent, 0) >= 3 * coalesce(b.received, 0)
					             or coalesce(b.received, 0) >= 3 * coalesce(b.sent, 0))
					      order by abs(coalesce(b.sent, 0) - coalesce(b.received, 0)) desc, i.name_en limit 10) t),
					  'idleDelegationCount', (select count(*) from idle),
					  'idleDelegations', (select coalesce(json_agg(t), '[]') from (
					      select d.id, d.title, d.starts_on as "startsOn",
					             (select string_agg(pi.name_en, ' · ' order by pi.name_en) from delegation_participant dp
					              join institution pi on pi.id = dp.institution_id where dp.delegation_id = d.id) as participants
					      from idle d order by d.starts_on desc, d.id limit 10) t),
					  'places', (select coalesce(json_agg(t), '[]') from (
					      select a.id as "agreementId", a.reference, si.name_en as sending, ri.name_en as receiving,
					             c.mobility_kind as kind, c.places_per_year as places,
					             coalesce((select sum(s.value) from exchange_statistic s
					                 where s.archived_at is null and s.period_kind = 'YEAR' and s.year_from = :thisYear - 1
					                   and ((s.institution_id = c.sending_institution_id
					                         and s.partner_institution_id = c.receiving_institution_id
					                         and s.measure = 'STUDENTS_SENT')
					                     or (s.institution_id = c.receiving_institution_id
					                         and s.partner_institution_id = c.sending_institution_id
					                         and s.measure in ('STUDENTS_RECEIVED_LONG_TERM', 'STUDENTS_RECEIVED_SHORT_TERM')))),
					                 0) as exchanged
					      from cooperation_condition c
					      join scoped_agreement a on a.id = c.agreement_id
					      join institution si on si.id = c.sending_institution_id
					      join institution ri on ri.id = c.receiving_institution_id
					      where c.places_per_year is not null
					        and c.mobility_kind in ('STUDENT_STUDY', 'STUDENT_TRAINEESHIP')
					      order by a.reference, si.name_en, c.id limit 20) t))
					"""
				.formatted(ACTIVE, PARTIES);

	private final EntityManager entityManager;

	private final JsonMapper json;

	DashboardQueries(EntityManager entityManager, JsonMapper json) {
		this.entityManager = entityManager;
		this.json = json;
	}

	/**
	 * The three parts read in one repeatable-read transaction, so that they agree with
	 * each other even while staff edit records.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Dashboard compute(DashboardFilter filter, LocalDate today, Instant now) {
		return new Dashboard(filter, today, read(FIGURES, filter, today, Dashboard.Figures.class),
				read(CHARTS, filter, today, Dashboard.Charts.class),
				read(INSIGHTS, filter, today, Dashboard.Insights.class), now);
	}

	private <T> T read(String sql, DashboardFilter filter, LocalDate today, Class<T> type) {
		Query query = this.entityManager.createNativeQuery("select cast(j as text) from (" + sql + ") q(j)",
				String.class);
		set(query, sql, "home", filter.homeOrZero());
		set(query, sql, "country", filter.countryOrBlank());
		set(query, sql, "today", today);
		set(query, sql, "thisYear", today.getYear());
		set(query, sql, "fromYear", filter.from());
		set(query, sql, "toYear", filter.to());
		return this.json.readValue((String) query.getSingleResult(), type);
	}

	private static void set(Query query, String sql, String name, Object value) {
		if (sql.contains(":" + name)) {
			query.setParameter(name, value);
		}
	}

}
