package org.accord.agreement;

import java.util.Collection;
import java.util.List;

/**
 * The contacts that the new-agreement form offers and attaches: an existing contact at
 * one of the parties, or a new one created with the agreement, in its transaction. The
 * contact package lies above this one (a contact works at an institution and is linked to
 * agreements), so it implements this interface, as the record packages implement
 * {@code importing.RowImporter}; this package never imports it.
 */
public interface AgreementContacts {

	/** The contacts working at these institutions, by name. */
	List<Option> atParties(Collection<Long> partyIds);

	/** What a contact can do for an agreement: its codes and their message keys. */
	List<Option> roles();

	/**
	 * Links the chosen contact, or creates the new one at its institution and links it,
	 * to the agreement just saved.
	 */
	void attach(Long agreementId, Collection<Long> partyIds, Choice choice);

	/** A value of a menu and its label (a text, or a message key for roles). */
	record Option(String value, String label) {
	}

	/** An existing contact (personId), or a new one (name, e-mail, institution). */
	record Choice(Long personId, String role, String name, String email, Long institutionId) {
	}

}
