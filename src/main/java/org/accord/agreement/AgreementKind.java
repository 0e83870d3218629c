package org.accord.agreement;

public enum AgreementKind {

	MEMORANDUM_OF_UNDERSTANDING, COOPERATION_AGREEMENT, STUDENT_EXCHANGE, ACADEMIC_EXCHANGE, OFFICE_ESTABLISHMENT,
	JOINT_RESEARCH, OTHER;

	public String getMessageKey() {
		return "agreement.kind." + name();
	}

}
