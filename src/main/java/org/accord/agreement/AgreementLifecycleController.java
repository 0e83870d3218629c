package org.accord.agreement;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.accord.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activating, terminating and renewing an agreement. */
@Controller
class AgreementLifecycleController {

	private final AgreementService agreements;

	AgreementLifecycleController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@PostMapping("/agreements/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			this.agreements.activate(id, version);
			Flash.success(redirect, "agreement.flash.activated");
		}
		catch (LifecycleRefused ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/agreements/" + id;
	}

	@GetMapping("/agreements/{id}/terminate")
	String terminateForm(@PathVariable Long id, Model model) {
		TerminationForm form = new TerminationForm();
		form.setOn(LocalDate.now());
		model.addAttribute("form", form);
		model.addAttribute("agreement", this.agreements.details(id));
		return "agreements/terminate";
	}

	@PostMapping("/agreements/{id}/terminate")
	String terminate(@PathVariable Long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("form") TerminationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("agreement", this.agreements.details(id));
			return "agreements/terminate";
		}
		try {
			this.agreements.terminate(id, version, form.getOn(), form.getReason());
			Flash.success(redirect, "agreement.flash.terminated");
		}
		catch (LifecycleRefused ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/agreements/" + id;
	}

	@GetMapping("/agreements/{id}/renew")
	String renewForm(@PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.details(id);
		RenewalForm form = new RenewalForm();
		form.setValidFrom((agreement.getValidUntil() != null) ? agreement.getValidUntil().plusDays(1) : null);
		model.addAttribute("form", form);
		model.addAttribute("agreement", agreement);
		return "agreements/renew";
	}

	@PostMapping("/agreements/{id}/renew")
	String renew(@PathVariable Long id, @RequestParam(required = false) Long version,
			@Valid @ModelAttribute("form") RenewalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && form.getValidUntil() != null && form.getValidUntil().isBefore(form.getValidFrom())) {
			result.rejectValue("validUntil", "agreement.validUntilBeforeFrom");
		}
		if (result.hasErrors()) {
			model.addAttribute("agreement", this.agreements.details(id));
			return "agreements/renew";
		}
		try {
			Long successor = this.agreements.renew(id, version, form.getValidFrom(), form.getValidUntil());
			Flash.success(redirect, "agreement.flash.renewed");
			return "redirect:/agreements/" + successor;
		}
		catch (LifecycleRefused ex) {
			Flash.error(redirect, ex.messageKey());
			return "redirect:/agreements/" + id;
		}
	}

	/** When and why an agreement ends before its time. */
	public static class TerminationForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate on;

		@NotBlank
		@Size(max = 1000)
		private String reason;

		public LocalDate getOn() {
			return this.on;
		}

		public void setOn(LocalDate on) {
			this.on = on;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** The validity of the agreement that renews this one. */
	public static class RenewalForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validUntil;

		public LocalDate getValidFrom() {
			return this.validFrom;
		}

		public void setValidFrom(LocalDate validFrom) {
			this.validFrom = validFrom;
		}

		public LocalDate getValidUntil() {
			return this.validUntil;
		}

		public void setValidUntil(LocalDate validUntil) {
			this.validUntil = validUntil;
		}

	}

}
