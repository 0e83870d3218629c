package org.accord.contact;

import org.accord.model.NameLanguage;

/**
 * A contact as an agreement's page shows it: the person, where they work, and their part.
 */
public record AgreementContactView(Long personId, String name, String nameNative, String email, String phone,
		String institutionName, String institutionNameNative, String institutionCountry, ContactRole role) {

	/**
	 * The language of the names in their own script, that of the institution's country.
	 */
	public String nameNativeLanguage() {
		return NameLanguage.ofCountry(this.institutionCountry);
	}

}
