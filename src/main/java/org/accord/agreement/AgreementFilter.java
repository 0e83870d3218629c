package org.accord.agreement;

/** The filters of the agreements list: {@code ?q=&country=&kind=&status=&year=}. */
public record AgreementFilter(String q, String country, AgreementKind kind, AgreementStatus status, Integer year) {

	public static AgreementFilter text(String q) {
		return new AgreementFilter(q, null, null, null, null);
	}

}
