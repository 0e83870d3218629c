package org.accord.contact;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** One person's part in one agreement: they sign it, or they coordinate it. */
@Entity
@IdClass(AgreementContact.Key.class)
class AgreementContact {

	@Id
	private Long agreementId;

	@Id
	private Long personId;

	@Id
	@Enumerated(EnumType.STRING)
	private ContactRole role;

	protected AgreementContact() {
	}

	AgreementContact(Long agreementId, Long personId, ContactRole role) {
		this.agreementId = agreementId;
		this.personId = personId;
		this.role = role;
	}

	record Key(Long agreementId, Long personId, ContactRole role) implements Serializable {
	}

}
