package org.accord.condition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.agreement.Agreement;
import org.accord.history.History;
import org.accord.history.RecordType;
import org.accord.institution.Institution;
import org.accord.record.RecordNotFoundException;
import org.accord.record.SaveOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An agreement's cooperation conditions. Adding, changing and removing one is a change of
 * the agreement, recorded in its history as the condition's text before and after.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class ConditionService {

	static final String HISTORY_FIELD = "condition.title";

	private final CooperationConditionRepository conditions;

	private final History history;

	ConditionService(CooperationConditionRepository conditions, History history) {
		this.conditions = conditions;
		this.history = history;
	}

	public List<CooperationCondition> of(Long agreementId) {
		return this.conditions.findByAgreement(agreementId);
	}

	CooperationCondition details(Long agreementId, Long id) {
		return this.conditions.findOne(agreementId, id).orElseThrow(() -> new RecordNotFoundException("condition", id));
	}

	/**
	 * The rules that span fields or need the agreement's parties; errors beside fields.
	 */
	void check(ConditionForm form, Map<Long, Institution> parties, Errors errors) {
		if (form.getSending() != null && !parties.containsKey(form.getSending())) {
			errors.rejectValue("sending", "condition.notAParty");
		}
		if (form.getReceiving() != null && !parties.containsKey(form.getReceiving())) {
			errors.rejectValue("receiving", "condition.notAParty");
		}
		if (form.getSending() != null && form.getSending().equals(form.getReceiving())) {
			errors.rejectValue("receiving", "condition.sameParty");
		}
		if (form.getDurationAmount() != null && !errors.hasFieldErrors("durationAmount")) {
			if (form.getDurationUnit() == null) {
				errors.rejectValue("durationUnit", "condition.unitNeeded");
			}
			else if (form.getDurationAmount() > form.getDurationUnit().perYear()) {
				errors.rejectValue("durationAmount", "condition.tooLong",
						new Object[] { form.getDurationUnit().perYear() }, null);
			}
		}
		if (form.getFirstAcademicYear() != null && form.getLastAcademicYear() != null
				&& !errors.hasFieldErrors("firstAcademicYear") && !errors.hasFieldErrors("lastAcademicYear")
				&& form.getLastAcademicYear() < form.getFirstAcademicYear()) {
			errors.rejectValue("lastAcademicYear", "condition.yearsOutOfOrder");
		}
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	Long create(Agreement agreement, ConditionForm form, Map<Long, Institution> parties) {
		CooperationCondition condition = this.conditions.save(new CooperationCondition(agreement, form,
				parties.get(form.getSending()), parties.get(form.getReceiving())));
		this.history.changed(RecordType.AGREEMENT, agreement.getId(), Map.of(HISTORY_FIELD, ""),
				Map.of(HISTORY_FIELD, describe(condition)));
		return condition.getId();
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome update(Long agreementId, Long id, ConditionForm form, Map<Long, Institution> parties) {
		CooperationCondition condition = details(agreementId, id);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), condition.getVersion(),
				() -> ConditionForm.from(condition).fields(parties), () -> form.fields(parties));
		if (stale.isPresent()) {
			return stale.get();
		}
		String before = describe(condition);
		condition.update(form, parties.get(form.getSending()), parties.get(form.getReceiving()));
		this.conditions.flush();
		this.history.changed(RecordType.AGREEMENT, agreementId, Map.of(HISTORY_FIELD, before),
				Map.of(HISTORY_FIELD, describe(condition)));
		return new SaveOutcome.Saved(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	void remove(Long agreementId, Long id) {
		CooperationCondition condition = details(agreementId, id);
		String before = describe(condition);
		this.conditions.delete(condition);
		this.history.changed(RecordType.AGREEMENT, agreementId, Map.of(HISTORY_FIELD, before),
				Map.of(HISTORY_FIELD, ""));
	}

	/** The condition in one line, as the agreement's history keeps it. */
	static String describe(CooperationCondition c) {
		List<String> parts = new ArrayList<>();
		parts.add(c.getSendingInstitution().getNameEn() + " → " + c.getReceivingInstitution().getNameEn());
		parts.add(words(c.getMobilityKind()));
		if (c.getPlacesPerYear() != null) {
			parts.add(c.getPlacesPerYear() + " places a year");
		}
		if (c.getDurationAmount() != null) {
			parts.add(c.getDurationAmount() + " " + words(c.getDurationUnit()));
		}
		if (c.getAcademicYears() != null) {
			parts.add(c.getAcademicYears());
		}
		if (c.getStudyLevel() != null) {
			parts.add(words(c.getStudyLevel()));
		}
		if (c.getIscedCodes() != null) {
			parts.add("ISCED-F " + c.getIscedCodes());
		}
		if (c.getCefrLevel() != null) {
			parts.add("CEFR " + c.getCefrLevel());
		}
		if (c.getNote() != null) {
			parts.add(c.getNote());
		}
		return String.join("; ", parts);
	}

	private static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** The agreement's parties by id. */
	static Map<Long, Institution> partiesOf(Agreement agreement) {
		return agreement.getParties()
			.stream()
			.collect(Collectors.toMap(Institution::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
