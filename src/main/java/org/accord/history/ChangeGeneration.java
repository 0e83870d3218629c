package org.accord.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A number shared by every portal node that advances after each committed change to a
 * record: a node keeps a figure in memory together with the number it was computed at,
 * and computes it again when the number has moved ({@link #current()}, one read of a
 * sequence). So a change saved on one node shows at once on the others' lists, overview
 * and dashboard, without messages between nodes that could be lost.
 * <p>
 * It advances after the commit, so that no node can compute from data older than the
 * number it stores the figure under; a node that dies between its commit and the advance
 * leaves the others' figures as they were until the next change or their own time limit.
 */
@Component
public class ChangeGeneration {

	private static final String REQUEST_ATTRIBUTE = ChangeGeneration.class.getName();

	private final JdbcTemplate jdbc;

	ChangeGeneration(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number now: 0 before any change, then one more after each. Read once per web
	 * request (a list page asks for its totals and its country menu): the rest of the
	 * request uses the same number.
	 */
	public long current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object seen = (request != null) ? request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
		if (seen instanceof Long value) {
			return value;
		}
		Long value = this.jdbc.queryForObject(
				"select case when is_called then last_value else 0 end from accord_change_generation", Long.class);
		long now = (value != null) ? value : 0;
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, now, RequestAttributes.SCOPE_REQUEST);
		}
		return now;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged change) {
		this.jdbc.queryForObject("select nextval('accord_change_generation')", Long.class);
	}

	/**
	 * What a cache holds about the number: {@link #isCurrent(long)} says whether its
	 * contents were computed at the number now, else it should forget them and remember
	 * the new one.
	 */
	public static final class Seen {

		private volatile long generation = -1;

		/**
		 * True if nothing changed since the last call; remembers {@code now} otherwise.
		 */
		public boolean isCurrent(long now) {
			if (now == this.generation) {
				return true;
			}
			this.generation = now;
			return false;
		}

	}

}
