package org.accord.condition;

import java.util.Map;

import jakarta.validation.Valid;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.institution.Institution;
import org.accord.record.SaveOutcome;
import org.accord.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms for an agreement's cooperation conditions; the agreement's page lists them.
 */
@Controller
class ConditionController {

	private final ConditionService conditions;

	private final AgreementService agreements;

	ConditionController(ConditionService conditions, AgreementService agreements) {
		this.conditions = conditions;
		this.agreements = agreements;
	}

	@GetMapping("/agreements/{id}/conditions/new")
	String newForm(@PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.details(id);
		ConditionForm form = new ConditionForm();
		form.setMobilityKind(MobilityKind.STUDENT_STUDY);
		model.addAttribute("form", form);
		return formView(model, agreement, null);
	}

	@PostMapping("/agreements/{id}/conditions")
	String create(@PathVariable Long id, @Valid @ModelAttribute("form") ConditionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = this.agreements.details(id);
		Map<Long, Institution> parties = ConditionService.partiesOf(agreement);
		this.conditions.check(form, parties, result);
		if (result.hasErrors()) {
			return formView(model, agreement, null);
		}
		this.conditions.create(agreement, form, parties);
		return Flash.successAndOpen(redirect, "condition.flash.saved", "/agreements/" + id + "#conditions");
	}

	@GetMapping("/agreements/{id}/conditions/{conditionId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long conditionId, Model model) {
		Agreement agreement = this.agreements.details(id);
		CooperationCondition condition = this.conditions.details(id, conditionId);
		model.addAttribute("form", ConditionForm.from(condition));
		return formView(model, agreement, condition);
	}

	@PostMapping("/agreements/{id}/conditions/{conditionId}")
	String update(@PathVariable Long id, @PathVariable Long conditionId,
			@Valid @ModelAttribute("form") ConditionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Agreement agreement = this.agreements.details(id);
		CooperationCondition condition = this.conditions.details(id, conditionId);
		Map<Long, Institution> parties = ConditionService.partiesOf(agreement);
		this.conditions.check(form, parties, result);
		if (result.hasErrors()) {
			return formView(model, agreement, condition);
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.conditions.update(id, conditionId, form, parties));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			return formView(model, agreement, condition);
		}
		return Flash.successAndOpen(redirect, "condition.flash.saved", "/agreements/" + id + "#conditions");
	}

	@GetMapping("/agreements/{id}/conditions/{conditionId}/remove")
	String confirmRemove(@PathVariable Long id, @PathVariable Long conditionId, Model model) {
		model.addAttribute("agreement", this.agreements.details(id));
		CooperationCondition condition = this.conditions.details(id, conditionId);
		model.addAttribute("condition", condition);
		model.addAttribute("description", ConditionService.describe(condition));
		return "conditions/remove";
	}

	@PostMapping("/agreements/{id}/conditions/{conditionId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long conditionId, RedirectAttributes redirect) {
		this.conditions.remove(id, conditionId);
		return Flash.successAndOpen(redirect, "condition.flash.removed", "/agreements/" + id + "#conditions");
	}

	private String formView(Model model, Agreement agreement, CooperationCondition condition) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("condition", condition);
		model.addAttribute("parties", agreement.getParties());
		model.addAttribute("kinds", MobilityKind.values());
		model.addAttribute("units", DurationUnit.values());
		model.addAttribute("levels", StudyLevel.values());
		model.addAttribute("cefrLevels", new String[] { "A1", "A2", "B1", "B2", "C1", "C2" });
		return "conditions/form";
	}

}
