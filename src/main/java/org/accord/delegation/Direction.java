package org.accord.delegation;

public enum Direction {

	OUTBOUND_VISIT, INBOUND_VISIT, HOSTED_EVENT;

	public String getMessageKey() {
		return "delegation.direction." + name();
	}

}
