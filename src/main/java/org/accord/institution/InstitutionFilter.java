package org.accord.institution;

/**
 * The filters of the institutions list: {@code ?q=&country=&kind=&archived=} (archived
 * ones only when asked).
 */
public record InstitutionFilter(String q, String country, InstitutionKind kind, Boolean partner, Long partnerOf,
		Boolean archived) {

	public boolean includesArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

}
