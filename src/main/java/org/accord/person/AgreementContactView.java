package org.accord.person;

/**
 * A contact as an agreement's page shows it: the person, where they work, and their part.
 */
public record AgreementContactView(Long personId, String name, String nameNative, String email, String phone,
		String institutionName, String institutionNameNative, ContactRole role) {

}
