package org.accord.contact;

/** What a person does for an agreement. */
public enum ContactRole {

	SIGNS, COORDINATES;

	public String getMessageKey() {
		return "contact.role." + name();
	}

}
