package org.accord.institution;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.accord.country.Countries;
import org.accord.export.Column;
import org.accord.export.TableExport;
import org.accord.export.TableFormat;
import org.accord.record.SaveOutcome;
import org.accord.web.ArchivePage;
import org.accord.web.CountryMenu;
import org.accord.web.Flash;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class InstitutionController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.ASC, "name", "nameEn", "acronym", "acronym",
			"kind", "kind", "country", "countryCode", "city", "city");

	/** The columns of the exported list (CSV, XLSX). */
	private static final List<Column<Institution>> COLUMNS = List.of(
			Column.of("institution.nameEn", Institution::getNameEn),
			Column.of("institution.nameNative", Institution::getNameNative),
			Column.of("institution.acronym", Institution::getAcronym), Column.of("common.kind", Institution::getKind),
			Column.of("common.country", Institution::getCountryCode), Column.of("common.city", Institution::getCity),
			Column.of("institution.website", Institution::getWebsite));

	/** Suggestions answered per request: a short list to pick from, not a catalogue. */
	static final int SUGGESTIONS = 10;

	private final TableExport export;

	private final InstitutionService institutions;

	private final Countries countries;

	private final CountryMenu countryMenu;

	InstitutionController(InstitutionService institutions, Countries countries, TableExport export,
			CountryMenu countryMenu) {
		this.countryMenu = countryMenu;
		this.export = export;
		this.institutions = institutions;
		this.countries = countries;
	}

	@GetMapping("/institutions/export")
	void export(@ModelAttribute("filter") InstitutionFilter filter, ListParams params,
			@RequestParam(defaultValue = "CSV") TableFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Sort sort = params.toPageable(SORT).getSort();
		this.export.write(response, format, "institutions", COLUMNS,
				(row) -> this.institutions.export(filter, sort, row), locale);
	}

	@GetMapping("/institutions")
	String list(@ModelAttribute("filter") InstitutionFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.institutions.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions",
				this.countryMenu.options(this.institutions.countryCodes(), filter.country()));
		model.addAttribute("kinds", InstitutionKind.values());
		return "institutions/list";
	}

	/**
	 * The first institutions that match what is being typed into an institution field,
	 * best first, for the form's suggestions (suggest.js); the field works without them.
	 */
	@GetMapping(path = "/institutions/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<InstitutionService.Suggestion> suggestions(@RequestParam(defaultValue = "") String q) {
		return this.institutions.suggest(q, SUGGESTIONS);
	}

	@GetMapping("/institutions/new")
	String newForm(Model model) {
		model.addAttribute("form", InstitutionForm.empty());
		return formView(model, null);
	}

	@PostMapping("/institutions")
	String create(@Valid @ModelAttribute("form") InstitutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SaveOutcome outcome = this.institutions.create(form);
		if (outcome instanceof SaveOutcome.ProbableDuplicates duplicates) {
			model.addAttribute("duplicates", duplicates.records());
			return formView(model, null);
		}
		return Flash.successAndOpen(redirect, "institution.flash.created",
				"/institutions/" + ((SaveOutcome.Saved) outcome).id());
	}

	@GetMapping("/institutions/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Institution institution = this.institutions.details(id);
		model.addAttribute("form", InstitutionForm.from(institution));
		return formView(model, institution);
	}

	@PostMapping("/institutions/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") InstitutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, this.institutions.details(id));
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.institutions.update(id, form));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			return formView(model, this.institutions.details(id));
		}
		return Flash.successAndOpen(redirect, "institution.flash.saved", "/institutions/" + id);
	}

	@GetMapping("/institutions/{id}/archive")
	String confirmArchive(@PathVariable Long id, Model model) {
		return ArchivePage.show(model, "institutions", this.institutions.details(id).getNameEn(),
				"/institutions/" + id);
	}

	@PostMapping("/institutions/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.institutions.archive(id);
		return Flash.successAndOpen(redirect, "record.flash.archived", "/institutions/" + id);
	}

	@PostMapping("/institutions/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.institutions.restore(id);
		return Flash.successAndOpen(redirect, "record.flash.restored", "/institutions/" + id);
	}

	private String formView(Model model, Institution institution) {
		model.addAttribute("institution", institution);
		model.addAttribute("kinds", InstitutionKind.values());
		model.addAttribute("countryOptions", this.countries.all());
		return "institutions/form";
	}

}
