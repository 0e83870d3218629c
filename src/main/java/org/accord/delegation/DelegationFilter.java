package org.accord.delegation;

/** The filters of the delegations list: {@code ?q=&country=&direction=&format=&year=}. */
public record DelegationFilter(String q, String country, Direction direction, Format format, Integer year, Long home,
		Boolean archived) {

	public boolean includesArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

}
