package org.accord.agreement;

/**
 * The filters of the agreements list:
 * {@code ?q=&country=&kind=&status=&year=&party=&expiring=&archived=}; {@code expiring=N}
 * is the active agreements that end within N months.
 */
public record AgreementFilter(String q, String country, AgreementKind kind, AgreementStatus status, Integer year,
		Long party, Integer expiring, Boolean archived) {

	public boolean includesArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

}
