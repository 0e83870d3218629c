package org.accord.delegation;

public enum Format {

	IN_PERSON, ONLINE, HYBRID;

	public String getMessageKey() {
		return "delegation.format." + name();
	}

}
