package org.accord.importing;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Imports with several portal nodes on one database: an import another node runs (its
 * heartbeat fresh) is left alone by a node that starts, and its progress shows from any
 * node; one whose node stopped beating is marked failed; the daily purge runs on one node
 * at a time.
 */
@EditingPortalTest
@WithUserDetails("editor")
class ImportNodesTests {

	@Autowired
	ImportService imports;

	@Autowired
	ImportHousekeeping housekeeping;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Test
	void onlyAnImportWhoseNodeStoppedBeatingIsMarkedFailed() throws Exception {
		long running = batch("CHECKING", "now()", 42);
		long stopped = batch("IMPORTING", "now() - interval '5 minutes'", 7);
		long never = batch("CHECKING", "null", 0);

		this.housekeeping.failAbandoned();

		assertThat(status(running)).isEqualTo("CHECKING");
		assertThat(status(stopped)).isEqualTo("FAILED");
		assertThat(status(never)).isEqualTo("FAILED");
		// The preview page on this node follows the import the other node runs.
		this.mvc.perform(get("/import/{id}", running))
			.andExpect(content().string(containsString("Checking: 42 rows checked so far.")));
		this.jdbc.update("update import_batch set status = 'FAILED' where id = ?", running);
	}

	@Test
	void thePurgeRunsOnOneNodeAtATime() throws Exception {
		long old = batch("FAILED", "null", 0);
		this.jdbc.update("update import_batch set uploaded_at = now() - interval '400 days' where id = ?", old);
		this.jdbc.update("insert into import_row (batch_id, line_number, action, label) values (?, 2, 'CREATE', 'x')",
				old);
		try (Connection otherNode = this.dataSource.getConnection(); Statement sql = otherNode.createStatement()) {
			sql.execute("select pg_advisory_lock(" + ImportHousekeeping.PURGE_LOCK + ")");
			assertThat(this.housekeeping.purge()).as("while another node purges").isZero();
			assertThat(rows(old)).isOne();
			sql.execute("select pg_advisory_unlock(" + ImportHousekeeping.PURGE_LOCK + ")");
		}
		assertThat(this.housekeeping.purge()).isPositive();
		assertThat(rows(old)).isZero();
	}

	private long batch(String status, String heartbeat, int done) {
		return this.jdbc.queryForObject("insert into import_batch (kind, format, file_name, uploaded_by, uploaded_at, "
				+ "status, heartbeat_at, rows_done) values ('INSTITUTIONS', 'CSV', 'nodes.csv', 'editor', now(), ?, "
				+ heartbeat + ", ?) returning id", Long.class, status, done);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, id);
	}

	private long rows(long id) {
		return this.jdbc.queryForObject("select count(*) from import_row where batch_id = ?", Long.class, id);
	}

}
