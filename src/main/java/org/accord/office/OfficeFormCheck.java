package org.accord.office;

import java.time.DateTimeException;
import java.util.Optional;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.model.PartialDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What the office form's typed names and reference mean, with each problem beside its
 * field.
 */
@Component
class OfficeFormCheck {

	private final InstitutionService institutions;

	private final AgreementService agreements;

	OfficeFormCheck(InstitutionService institutions, AgreementService agreements) {
		this.institutions = institutions;
		this.agreements = agreements;
	}

	record Resolved(PartialDate opened, Institution owner, Institution host, Agreement agreement) {
	}

	Resolved check(OfficeForm form, Errors errors) {
		Institution owner = this.institutions.resolveField(form.getOwner(), "owner", errors);
		Institution host = this.institutions.resolveField(form.getHost(), "host", errors);
		Agreement agreement = null;
		if (!blank(form.getAgreementReference()) && !errors.hasFieldErrors("agreementReference")) {
			Optional<Agreement> found = this.agreements.byReference(form.getAgreementReference());
			if (found.isEmpty()) {
				errors.rejectValue("agreementReference", "office.agreementUnknown");
			}
			agreement = found.orElse(null);
		}
		PartialDate opened = null;
		if (!errors.hasFieldErrors("openedOn")) {
			try {
				opened = PartialDate.parse(form.getOpenedOn());
			}
			catch (DateTimeException ex) {
				errors.rejectValue("openedOn", "validation.partialDate");
			}
		}
		return new Resolved(opened, owner, host, agreement);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
