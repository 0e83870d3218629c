package org.accord.institution;

/** The filters of the institutions list: {@code ?q=&country=&kind=}. */
public record InstitutionFilter(String q, String country, InstitutionKind kind) {

	public static InstitutionFilter text(String q) {
		return new InstitutionFilter(q, null, null);
	}

}
