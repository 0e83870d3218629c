package org.accord.delegation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.accord.export.Column;
import org.accord.export.TableExport;
import org.accord.export.TableFormat;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.model.Approximation;
import org.accord.record.SaveOutcome;
import org.accord.web.ArchivePage;
import org.accord.web.CountryMenu;
import org.accord.web.Flash;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

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
class DelegationController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "date", "startsOn", "title", "title",
			"direction", "direction", "format", "format", "home", "homeInstitution.nameEn");

	/** The columns of the exported list (CSV, XLSX). */
	private static final List<Column<Delegation>> COLUMNS = List.of(
			Column.of("delegation.delegationTitle", Delegation::getTitle),
			Column.of("delegation.startsOn", Delegation::getStartsOn),
			Column.of("delegation.endsOn", Delegation::getEndsOn),
			Column.of("delegation.directionLabel", Delegation::getDirection),
			Column.of("delegation.formatLabel", Delegation::getFormat),
			Column.of("delegation.home", (d) -> d.getHomeInstitution().getNameEn()),
			Column.of("delegation.participants",
					(d) -> d.getParticipants().stream().map(Institution::getNameEn).collect(Collectors.joining("; "))));

	private final TableExport export;

	private final DelegationService delegations;

	private final InstitutionService institutions;

	private final DelegationFormCheck check;

	private final CountryMenu countryMenu;

	DelegationController(DelegationService delegations, InstitutionService institutions, DelegationFormCheck check,
			TableExport export, CountryMenu countryMenu) {
		this.countryMenu = countryMenu;
		this.export = export;
		this.delegations = delegations;
		this.institutions = institutions;
		this.check = check;
	}

	@GetMapping("/delegations/export")
	void export(@ModelAttribute("filter") DelegationFilter filter, ListParams params,
			@RequestParam(defaultValue = "CSV") TableFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Sort sort = params.toPageable(SORT).getSort();
		this.export.write(response, format, "delegations", COLUMNS, (row) -> this.delegations.export(filter, sort, row),
				locale);
	}

	@GetMapping("/delegations")
	String list(@ModelAttribute("filter") DelegationFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.delegations.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions",
				this.countryMenu.options(this.institutions.countryCodes(), filter.country()));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("formats", Format.values());
		return "delegations/list";
	}

	@GetMapping("/delegations/new")
	String newForm(Model model) {
		model.addAttribute("form", DelegationForm.empty());
		return formView(model, null);
	}

	@PostMapping("/delegations")
	String create(@Valid @ModelAttribute("form") DelegationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DelegationFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SaveOutcome.Saved saved = (SaveOutcome.Saved) this.delegations.create(form, resolved);
		return Flash.successAndOpen(redirect, "delegation.flash.saved", "/delegations/" + saved.id());
	}

	@GetMapping("/delegations/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Delegation delegation = this.delegations.details(id);
		model.addAttribute("form", DelegationForm.from(delegation));
		return formView(model, delegation);
	}

	@PostMapping("/delegations/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") DelegationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Delegation delegation = this.delegations.details(id);
		DelegationFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, delegation);
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.delegations.update(id, form, resolved));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			return formView(model, delegation);
		}
		return Flash.successAndOpen(redirect, "delegation.flash.saved", "/delegations/" + id);
	}

	@GetMapping("/delegations/{id}/archive")
	String confirmArchive(@PathVariable Long id, Model model) {
		return ArchivePage.show(model, "delegations", this.delegations.details(id).getTitle(), "/delegations/" + id);
	}

	@PostMapping("/delegations/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.delegations.archive(id);
		return Flash.successAndOpen(redirect, "record.flash.archived", "/delegations/" + id);
	}

	@PostMapping("/delegations/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.delegations.restore(id);
		return Flash.successAndOpen(redirect, "record.flash.restored", "/delegations/" + id);
	}

	private String formView(Model model, Delegation delegation) {
		model.addAttribute("delegation", delegation);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("formats", Format.values());
		model.addAttribute("approximations", Approximation.values());
		return "delegations/form";
	}

}
