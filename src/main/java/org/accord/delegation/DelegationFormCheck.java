package org.accord.delegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The delegation form's dates in order and its typed institutions recorded, each problem
 * beside its field.
 */
@Component
class DelegationFormCheck {

	private final InstitutionService institutions;

	DelegationFormCheck(InstitutionService institutions) {
		this.institutions = institutions;
	}

	record Resolved(Institution home, List<Institution> participants) {
	}

	Resolved check(DelegationForm form, Errors errors) {
		if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
			errors.rejectValue("endsOn", "delegation.endsBeforeStart");
		}
		Institution home = null;
		if (form.getHome() != null && !form.getHome().isBlank() && !errors.hasFieldErrors("home")) {
			Optional<Institution> found = this.institutions.resolve(form.getHome());
			if (found.isEmpty()) {
				errors.rejectValue("home", "agreement.partyUnknown", new Object[] { form.getHome() }, null);
			}
			home = found.orElse(null);
		}
		// By id: each look-up may return its own instance of the same institution.
		Map<Long, Institution> participants = new LinkedHashMap<>();
		for (int i = 0; i < form.getParticipants().size(); i++) {
			String typed = form.getParticipants().get(i);
			if (typed == null || typed.isBlank() || errors.hasFieldErrors("participants[" + i + "]")) {
				continue;
			}
			Optional<Institution> found = this.institutions.resolve(typed);
			if (found.isEmpty()) {
				this.institutions.rejectUnresolved(typed, "participants[" + i + "]", errors);
			}
			else {
				participants.putIfAbsent(found.get().getId(), found.get());
			}
		}
		return new Resolved(home, new ArrayList<>(participants.values()));
	}

}
