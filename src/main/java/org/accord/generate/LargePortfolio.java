package org.accord.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accord.institution.ChineseNames;
import org.accord.model.SearchWords;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a large, realistic portfolio for benchmarks: 10,000 partner
 * institutions in 150 countries, 100,000 agreements, 50,000 delegations and 1,000,000
 * statistic rows, skewed like real life (a few countries and partners hold most of them),
 * around the seeded home institutions. Off unless started with
 * {@code --accord.generate=large}; runs once (it does nothing when the portfolio is
 * there). The generator uses PostgreSQL's {@code generate_series} with a fixed seed, so
 * every run builds the same portfolio.
 */
@Component
@ConditionalOnProperty(name = "accord.generate", havingValue = "large")
class LargePortfolio implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(LargePortfolio.class);

	static final int INSTITUTIONS = 10_000;

	static final int COUNTRIES = 150;

	/** The countries with most partners come first; the rest follow in code order. */
	private static final List<String> FIRST_COUNTRIES = List.of("JP", "KR", "US", "DE", "GB", "FR", "AU", "RU", "CA",
			"IT", "TH", "MY", "SG", "NZ", "NL", "ES", "SE", "FI", "BG", "PL");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final double scale;

	private final SearchWords searchWords;

	LargePortfolio(JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${accord.generate.scale:1}") double scale, SearchWords searchWords) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.scale = scale;
		this.searchWords = searchWords;
	}

	/** The number of rows at this scale (1 is the full size; tests use less). */
	private int rows(int full) {
		return Math.max(1, (int) Math.round(full * this.scale));
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer generated = this.jdbc
			.queryForObject("select count(*) from institution where name_en like 'Generated %'", Integer.class);
		if (generated != null && generated >= rows(INSTITUTIONS)) {
			logger.info("The large portfolio is already generated: nothing to do.");
			return;
		}
		long started = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> generate());
		// Vacuumed too: the search indexes (GIN) hold what was just written in a pending
		// list that
		// every search would otherwise read through until autovacuum gets to it.
		this.jdbc.execute("vacuum analyze");
		this.searchWords.count();
		logger.info("Generated the large portfolio in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
				+ count("institution") + " institutions, " + count("agreement") + " agreements, " + count("delegation")
				+ " delegations, " + count("exchange_statistic") + " statistics.");
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private void generate() {
		this.jdbc.execute("select setseed(0.42)");
		this.jdbc.execute("create temp table gen_country (n int primary key, code varchar(2)) on commit drop");
		List<String> codes = countries();
		for (int i = 0; i < codes.size(); i++) {
			this.jdbc.update("insert into gen_country values (?, ?)", i + 1, codes.get(i));
		}
		for (String statement : statements(rows(INSTITUTIONS), rows(100_000), rows(50_000), rows(1_000_000), rows(300),
				rows(20_000))) {
			this.jdbc.execute(statement);
		}
		ChineseNames.fillMissing(JdbcClient.create(this.jdbc));
	}

	static List<String> countries() {
		Set<String> codes = new LinkedHashSet<>(FIRST_COUNTRIES);
		for (String code : Locale.getISOCountries()) {
			if (codes.size() < COUNTRIES && !code.equals("CN")) {
				codes.add(code);
			}
		}
		return new ArrayList<>(codes);
	}

	/** Picks 1..n, mostly small: {@code power} above 1 skews towards the first. */
	private static String pick(int n, double power) {
		return "(1 + floor(" + n + " * power(random(), " + power + "))::int)";
	}

	private static List<String> statements(int institutions, int agreements, int delegations, int statistics,
			int offices, int people) {
		return List.of("""
				insert into institution (name_en, name_native, kind, country_code, city)
				select 'Generated University ' || lpad(g::text, 5, '0') || ' ' || c.code,
				       case when c.code in ('JP', 'KR', 'TW') then '生成大学' || g end,
				       case when g %% 10 = 0 then 'OTHER' else 'UNIVERSITY' end, c.code, 'City ' || (g %% 97)
				from (select g, %s as country from generate_series(1, %d) g offset 0) s
				join gen_country c on c.n = s.country""".formatted(pick(COUNTRIES, 2.5), institutions),
				"create temp table gen_home on commit drop as select row_number() over (order by id) as n, id from institution where home",
				"""
						create temp table gen_partner on commit drop as
						select row_number() over (order by id) as n, id, country_code from institution where name_en like 'Generated %'""",
				"create index on gen_partner (n)",
				"""
						create temp table gen_agreement on commit drop as
						select g, %s as home, %s as partner, date '2000-01-01' + floor(random() * 9800)::int as signed,
						       floor(random() * 7)::int as kind, floor(random() * 10)::int as status
						from generate_series(1, %d) g offset 0""".formatted(pick(5, 1.5), pick(institutions, 3),
						agreements),
				"""
						insert into agreement (reference, kind, title, status, signed_date, signed_precision, valid_from, valid_until)
						select 'GEN-' || lpad(g::text, 6, '0'),
						       (array['MEMORANDUM_OF_UNDERSTANDING', 'COOPERATION_AGREEMENT', 'STUDENT_EXCHANGE',
						              'ACADEMIC_EXCHANGE', 'OFFICE_ESTABLISHMENT', 'JOINT_RESEARCH', 'OTHER'])[kind + 1],
						       'Generated agreement ' || g,
						       (array['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'TERMINATED', 'DRAFT',
						              'IN_NEGOTIATION', 'EXPIRED'])[status + 1],
						       case when status < 7 then signed end, case when status < 7 then 'DAY' end,
						       signed, signed + interval '5 years'
						from gen_agreement""",
				"""
						insert into agreement_party (agreement_id, institution_id)
						select a.id, h.id from gen_agreement x
						join agreement a on a.reference = 'GEN-' || lpad(x.g::text, 6, '0')
						join gen_home h on h.n = x.home
						union
						select a.id, p.id from gen_agreement x
						join agreement a on a.reference = 'GEN-' || lpad(x.g::text, 6, '0')
						join gen_partner p on p.n = x.partner""",
				"""
						insert into cooperation_condition (agreement_id, sending_institution_id, receiving_institution_id,
						    mobility_kind, places_per_year, duration_amount, duration_unit)
						select a.id, h.id, p.id, 'STUDENT_STUDY', 1 + floor(random() * 10)::int, 5, 'MONTHS'
						from gen_agreement x
						join agreement a on a.reference = 'GEN-' || lpad(x.g::text, 6, '0')
						join gen_home h on h.n = x.home
						join gen_partner p on p.n = x.partner
						where x.g %% 5 = 0"""
					.formatted(),
				"""
						create temp table gen_delegation on commit drop as
						select g, %s as home, %s as partner, date '2000-01-01' + floor(random() * 9800)::int as starts,
						       floor(random() * 3)::int as direction
						from generate_series(1, %d) g offset 0""".formatted(pick(5, 1.5), pick(institutions, 3),
						delegations),
				"""
						insert into delegation (title, starts_on, direction, format, home_institution_id, participant_count)
						select 'Generated delegation ' || g, starts,
						       (array['OUTBOUND_VISIT', 'INBOUND_VISIT', 'HOSTED_EVENT'])[direction + 1], 'IN_PERSON', h.id,
						       2 + g % 12
						from gen_delegation x join gen_home h on h.n = x.home""",
				"""
						insert into delegation_participant (delegation_id, institution_id)
						select d.id, p.id from gen_delegation x
						join delegation d on d.title = 'Generated delegation ' || x.g
						join gen_partner p on p.n = x.partner""",
				"""
						insert into exchange_statistic (institution_id, partner_institution_id, period_kind, year_from, year_to,
						    measure, value)
						select h.id, p.id, 'YEAR', x.year, x.year,
						       (array['STUDENTS_SENT', 'STUDENTS_RECEIVED_LONG_TERM', 'STUDENTS_RECEIVED_SHORT_TERM',
						              'VISITING_EXPERTS'])[x.measure + 1], x.value
						from (select %s as home, %s as partner, 2000 + floor(random() * 27)::int as year,
						             floor(random() * 4)::int as measure, floor(random() * 40)::int as value
						      from generate_series(1, %d) g offset 0) x
						join gen_home h on h.n = x.home
						join gen_partner p on p.n = x.partner"""
					.formatted(pick(5, 1.5), pick(institutions, 3), statistics),
				"""
						insert into office (name, owner_id, host_id, city, country_code, opened_date, opened_precision)
						select 'Generated office ' || g, h.id, p.id, 'City ' || g, p.country_code,
						       date '2000-01-01' + floor(random() * 9000)::int, 'DAY'
						from (select g, %s as home, %s as partner from generate_series(1, %d) g offset 0) x
						join gen_home h on h.n = x.home
						join gen_partner p on p.n = x.partner""".formatted(pick(5, 1.5), pick(institutions, 2),
						offices),
				"""
						insert into person (name, role, institution_id, email)
						select 'Generated Person ' || g, 'International office', p.id, 'person' || g || '@example.org'
						from (select g, %s as partner from generate_series(1, %d) g offset 0) x
						join gen_partner p on p.n = x.partner""".formatted(pick(institutions, 1.5), people));
	}

}
