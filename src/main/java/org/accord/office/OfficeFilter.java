package org.accord.office;

/** The filters of the offices list: {@code ?q=&country=&year=} (the year it opened). */
public record OfficeFilter(String q, String country, Integer year, Long owner, Boolean archived) {

	public boolean includesArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

}
