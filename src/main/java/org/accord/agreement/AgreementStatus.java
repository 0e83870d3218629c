package org.accord.agreement;

public enum AgreementStatus {

	DRAFT, IN_NEGOTIATION, ACTIVE, EXPIRED, TERMINATED;

	public String getMessageKey() {
		return "agreement.status." + name();
	}

}
