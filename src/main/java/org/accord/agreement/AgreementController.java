package org.accord.agreement;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.accord.country.Countries;
import org.accord.export.Column;
import org.accord.export.TableExport;
import org.accord.export.TableFormat;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionKind;
import org.accord.institution.InstitutionService;
import org.accord.record.SaveOutcome;
import org.accord.web.ArchivePage;
import org.accord.web.CountryMenu;
import org.accord.web.Flash;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AgreementController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "signed", "signed.date", "reference",
			"reference", "title", "title", "kind", "kind", "status", "status", "until", "validUntil");

	/** The columns of the exported list (CSV, XLSX). */
	private static final List<Column<Agreement>> COLUMNS = List.of(
			Column.of("agreement.reference", Agreement::getReference),
			Column.of("agreement.agreementTitle", Agreement::getTitle), Column.of("common.kind", Agreement::getKind),
			Column.of("common.status", Agreement::getCurrentStatus),
			Column.of("agreement.signed", (a) -> text(a.getSigned())),
			Column.of("agreement.validFrom", Agreement::getValidFrom),
			Column.of("agreement.validUntil", Agreement::getValidUntil), Column.of("agreement.parties",
					(a) -> a.getParties().stream().map(Institution::getNameEn).collect(Collectors.joining("; "))));

	private final TableExport export;

	private final AgreementService agreements;

	private final InstitutionService institutions;

	private final Countries countries;

	private final AgreementFormCheck check;

	private final ObjectProvider<AgreementContacts> contacts;

	private final CountryMenu countryMenu;

	AgreementController(AgreementService agreements, InstitutionService institutions, Countries countries,
			AgreementFormCheck check, TableExport export, ObjectProvider<AgreementContacts> contacts,
			CountryMenu countryMenu) {
		this.countryMenu = countryMenu;
		this.contacts = contacts;
		this.export = export;
		this.agreements = agreements;
		this.institutions = institutions;
		this.countries = countries;
		this.check = check;
	}

	@GetMapping("/agreements/export")
	void export(@ModelAttribute("filter") AgreementFilter filter, ListParams params,
			@RequestParam(defaultValue = "CSV") TableFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Sort sort = params.toPageable(SORT).getSort();
		this.export.write(response, format, "agreements", COLUMNS, (row) -> this.agreements.export(filter, sort, row),
				locale);
	}

	@GetMapping("/agreements")
	String list(@ModelAttribute("filter") AgreementFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.agreements.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions",
				this.countryMenu.options(this.institutions.countryCodes(), filter.country()));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		return "agreements/list";
	}

	@GetMapping("/agreements/new")
	String newForm(Model model) {
		model.addAttribute("form", AgreementForm.empty());
		return formView(model, null);
	}

	/**
	 * Saves the form, or (with "more rows") shows it again with more party and signatory
	 * rows.
	 */
	@PostMapping("/agreements")
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) String moreRows, Model model, RedirectAttributes redirect) {
		if (moreRows != null) {
			return moreRows(form, model, null, "contacts".equals(moreRows) ? 0 : 2);
		}
		AgreementFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SaveOutcome outcome = this.agreements.create(form, resolved);
		if (outcome instanceof SaveOutcome.ProbableDuplicates duplicates) {
			model.addAttribute("duplicates", duplicates.records());
			return formView(model, null);
		}
		return Flash.successAndOpen(redirect, "agreement.flash.created",
				"/agreements/" + ((SaveOutcome.Saved) outcome).id());
	}

	@GetMapping("/agreements/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.details(id);
		model.addAttribute("form", AgreementForm.from(agreement));
		return formView(model, agreement);
	}

	@PostMapping("/agreements/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) String moreRows, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.agreements.details(id);
		if (moreRows != null) {
			return moreRows(form, model, agreement, 2);
		}
		AgreementFormCheck.Resolved resolved = this.check.check(form, result);
		this.check.keepsPartiesOfConditions(id, resolved, result);
		if (result.hasErrors()) {
			return formView(model, agreement);
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.agreements.update(id, form, resolved));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			form.withRows(0);
			return formView(model, agreement);
		}
		return Flash.successAndOpen(redirect, "agreement.flash.saved", "/agreements/" + id);
	}

	@GetMapping("/agreements/{id}/archive")
	String confirmArchive(@PathVariable Long id, Model model) {
		return ArchivePage.show(model, "agreements", this.agreements.details(id).getReference(), "/agreements/" + id);
	}

	@PostMapping("/agreements/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.agreements.archive(id);
		return Flash.successAndOpen(redirect, "record.flash.archived", "/agreements/" + id);
	}

	@PostMapping("/agreements/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.agreements.restore(id);
		return Flash.successAndOpen(redirect, "record.flash.restored", "/agreements/" + id);
	}

	/**
	 * The form again with more rows, and no errors yet: the user has not asked to save.
	 */
	private String moreRows(AgreementForm form, Model model, Agreement agreement, int extra) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("form", form.withRows(extra));
		return formView(model, agreement);
	}

	private String formView(Model model, Agreement agreement) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("institutionKinds", InstitutionKind.values());
		model.addAttribute("countryOptions", this.countries.all());
		if (agreement == null && this.contacts.getIfAvailable() != null) {
			model.addAttribute("contactOptions", this.check.contactOptions((AgreementForm) model.getAttribute("form")));
			model.addAttribute("contactRoles", this.contacts.getObject().roles());
		}
		return "agreements/form";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
