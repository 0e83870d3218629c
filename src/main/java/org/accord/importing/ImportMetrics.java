package org.accord.importing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports running and failed, as metrics: counted in the database when read (a scrape a
 * minute or so), so that every node reports the same figures.
 */
@Component
class ImportMetrics {

	ImportMetrics(JdbcClient jdbc, MeterRegistry meters) {
		Gauge.builder("accord.imports.running", () -> count(jdbc, "status in ('CHECKING', 'IMPORTING')"))
			.description("Imports being checked or written now")
			.register(meters);
		Gauge.builder("accord.imports.failed", () -> count(jdbc, "status = 'FAILED'"))
			.description("Imports that failed, kept until purged")
			.register(meters);
	}

	private static long count(JdbcClient jdbc, String condition) {
		return jdbc.sql("select count(*) from import_batch where " + condition).query(Long.class).single();
	}

}
