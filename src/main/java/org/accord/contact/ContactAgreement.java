package org.accord.contact;

/** An agreement as a contact's page shows it. */
public record ContactAgreement(Long id, String reference, String title, ContactRole role) {

}
