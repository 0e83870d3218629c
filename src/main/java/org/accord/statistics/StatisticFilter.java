package org.accord.statistics;

/** The filters of the statistics list: {@code ?q=&country=&measure=&year=}. */
public record StatisticFilter(String q, String country, Measure measure, Integer year, Boolean archived) {

	public boolean includesArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

}
