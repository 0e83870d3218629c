package org.accord.delegation;

/** The filters of the delegations list: {@code ?q=&country=&direction=&format=&year=}. */
public record DelegationFilter(String q, String country, Direction direction, Format format, Integer year) {

	public static DelegationFilter text(String q) {
		return new DelegationFilter(q, null, null, null, null);
	}

}
