package org.accord.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A partner's page: the institution, its relationship on a timeline, the first rows of
 * its agreements, offices, delegations and figures, its contacts and its history.
 */
@Controller
class PartnerPageController {

	private final PartnerPage.Reader pages;

	PartnerPageController(PartnerPage.Reader pages) {
		this.pages = pages;
	}

	@GetMapping("/institutions/{id}")
	String details(@PathVariable Long id, Model model) {
		PartnerPage page = this.pages.read(id);
		model.addAttribute("institution", page.institution());
		model.addAttribute("partnerships", page.partnerships());
		model.addAttribute("agreements", page.agreements());
		model.addAttribute("offices", page.offices());
		model.addAttribute("delegations", page.delegations());
		model.addAttribute("statistics", page.statistics());
		model.addAttribute("timeline", page.timeline());
		model.addAttribute("people", page.people());
		model.addAttribute("history", page.history());
		return "institutions/detail";
	}

}
