package org.accord.institution;

public enum InstitutionKind {

	UNIVERSITY, ALLIANCE, FOUNDATION, GOVERNMENT_BODY, COMPANY, OTHER;

	public String getMessageKey() {
		return "institution.kind." + name();
	}

}
