package org.accord.agreement;

import org.accord.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of agreements up for renewal, and the decision about each. */
@Controller
class RenewalController {

	private final Renewals renewals;

	RenewalController(Renewals renewals) {
		this.renewals = renewals;
	}

	@GetMapping("/agreements/renewals")
	String list(Model model) {
		model.addAttribute("groups", this.renewals.upForRenewal());
		model.addAttribute("choices", RenewalDecision.Choice.values());
		return "agreements/renewals";
	}

	/**
	 * A decision without a choice or a reason comes back with the error beside that row,
	 * the reason kept.
	 */
	@PostMapping("/agreements/{id}/renewal-decision")
	String decide(@PathVariable Long id, @RequestParam(required = false) RenewalDecision.Choice decision,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (decision == null || reason == null || reason.isBlank() || reason.length() > 1000) {
			redirect.addFlashAttribute("decisionErrorFor", id);
			redirect.addFlashAttribute("decisionReason", reason);
			Flash.error(redirect, "renewal.error");
		}
		else {
			this.renewals.decide(id, decision, reason);
			Flash.success(redirect, "renewal.flash.decided");
		}
		return "redirect:/agreements/renewals#agreement-" + id;
	}

}
