package org.accord.statistics;

import java.time.DateTimeException;

import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.model.PartialDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The statistic form's period complete for its kind, and its institutions recorded. */
@Component
class StatisticFormCheck {

	private final InstitutionService institutions;

	StatisticFormCheck(InstitutionService institutions) {
		this.institutions = institutions;
	}

	record Resolved(Institution institution, Institution partner, PartialDate asOf) {
	}

	Resolved check(StatisticForm form, Errors errors) {
		Institution institution = this.institutions.resolveField(form.getInstitution(), "institution", errors);
		Institution partner = this.institutions.resolveField(form.getPartnerInstitution(), "partnerInstitution",
				errors);
		PartialDate asOf = null;
		if (form.getPeriodKind() != null) {
			switch (form.getPeriodKind()) {
				case YEAR -> requireYear(form, errors);
				case RANGE -> {
					requireYear(form, errors);
					if (form.getYearTo() == null && !errors.hasFieldErrors("yearTo")) {
						errors.rejectValue("yearTo", "statistic.yearToNeeded");
					}
					else if (form.getYearFrom() != null && form.getYearTo() != null
							&& form.getYearTo() <= form.getYearFrom()) {
						errors.rejectValue("yearTo", "statistic.rangeOrder");
					}
				}
				case AS_OF -> asOf = asOf(form, errors);
			}
		}
		return new Resolved(institution, partner, asOf);
	}

	private static void requireYear(StatisticForm form, Errors errors) {
		if (form.getYearFrom() == null && !errors.hasFieldErrors("yearFrom")) {
			errors.rejectValue("yearFrom", "statistic.yearNeeded");
		}
	}

	private static PartialDate asOf(StatisticForm form, Errors errors) {
		if (errors.hasFieldErrors("asOf")) {
			return null;
		}
		try {
			PartialDate asOf = PartialDate.parse(form.getAsOf());
			if (asOf == null) {
				errors.rejectValue("asOf", "statistic.asOfNeeded");
			}
			return asOf;
		}
		catch (DateTimeException ex) {
			errors.rejectValue("asOf", "validation.partialDate");
			return null;
		}
	}

}
