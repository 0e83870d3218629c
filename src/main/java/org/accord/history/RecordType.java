package org.accord.history;

public enum RecordType {

	INSTITUTION, AGREEMENT, OFFICE, DELEGATION, STATISTIC, CONTACT

}
