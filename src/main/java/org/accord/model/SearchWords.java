package org.accord.model;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many documents hold each word that search knows, counted again after many documents
 * were written (an import, the generator) and every night: a multi-word search reads only
 * its rarer words through the trigram index, and these counts say which are rare
 * (migration V21). Words added since the last count are taken for rare ones, which is
 * never wrong, only slower.
 */
@Component
public class SearchWords {

	private static final Log logger = LogFactory.getLog(SearchWords.class);

	private final JdbcTemplate jdbc;

	SearchWords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts the words' documents again (one node at a time: on the others, returns at
	 * once). Seconds at a thousand times the seeds. Never fails its caller: an import
	 * that wrote its rows has succeeded whether or not the count after it does, and old
	 * counts only make some searches slower.
	 */
	@Scheduled(cron = "${accord.search.count-words-cron:0 15 3 * * *}")
	public void count() {
		long started = System.nanoTime();
		try {
			this.jdbc.execute("select accord_count_search_words()");
		}
		catch (DataAccessException ex) {
			logger.warn("Could not count the documents of the search words; the last counts stay", ex);
			return;
		}
		logger
			.info("Counted the documents of the search words in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
	}

}
