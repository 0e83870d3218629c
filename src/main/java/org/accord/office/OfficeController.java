package org.accord.office;

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
import org.accord.institution.InstitutionService;
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
class OfficeController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.ASC, "name", "name", "owner", "owner.nameEn",
			"country", "countryCode", "city", "city", "opened", "opened.date");

	/** The columns of the exported list (CSV, XLSX). */
	private static final List<Column<Office>> COLUMNS = List.of(Column.of("office.name", Office::getName),
			Column.of("office.owner", (o) -> o.getOwner().getNameEn()),
			Column.of("office.host", (o) -> (o.getHost() != null) ? o.getHost().getNameEn() : null),
			Column.of("common.city", Office::getCity), Column.of("common.country", Office::getCountryCode),
			Column.of("office.opened", (o) -> text(o.getOpened())));

	private final TableExport export;

	private final OfficeService offices;

	private final InstitutionService institutions;

	private final Countries countries;

	private final OfficeFormCheck check;

	private final CountryMenu countryMenu;

	OfficeController(OfficeService offices, InstitutionService institutions, Countries countries, OfficeFormCheck check,
			TableExport export, CountryMenu countryMenu) {
		this.countryMenu = countryMenu;
		this.export = export;
		this.offices = offices;
		this.institutions = institutions;
		this.countries = countries;
		this.check = check;
	}

	@GetMapping("/offices/export")
	void export(@ModelAttribute("filter") OfficeFilter filter, ListParams params,
			@RequestParam(defaultValue = "CSV") TableFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Sort sort = params.toPageable(SORT).getSort();
		this.export.write(response, format, "offices", COLUMNS, (row) -> this.offices.export(filter, sort, row),
				locale);
	}

	@GetMapping("/offices")
	String list(@ModelAttribute("filter") OfficeFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.offices.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions",
				this.countryMenu.options(this.institutions.countryCodes(), filter.country()));
		return "offices/list";
	}

	@GetMapping("/offices/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("office", this.offices.details(id));
		model.addAttribute("history", this.offices.history(id));
		return "offices/detail";
	}

	@GetMapping("/offices/new")
	String newForm(Model model) {
		model.addAttribute("form", new OfficeForm());
		return formView(model, null);
	}

	@PostMapping("/offices")
	String create(@Valid @ModelAttribute("form") OfficeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OfficeFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SaveOutcome.Saved saved = (SaveOutcome.Saved) this.offices.create(form, resolved);
		return Flash.successAndOpen(redirect, "office.flash.saved", "/offices/" + saved.id());
	}

	@GetMapping("/offices/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Office office = this.offices.details(id);
		model.addAttribute("form", OfficeForm.from(office));
		return formView(model, office);
	}

	@PostMapping("/offices/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") OfficeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Office office = this.offices.details(id);
		OfficeFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, office);
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.offices.update(id, form, resolved));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			return formView(model, office);
		}
		return Flash.successAndOpen(redirect, "office.flash.saved", "/offices/" + id);
	}

	@GetMapping("/offices/{id}/archive")
	String confirmArchive(@PathVariable Long id, Model model) {
		return ArchivePage.show(model, "offices", this.offices.details(id).getName(), "/offices/" + id);
	}

	@PostMapping("/offices/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.offices.archive(id);
		return Flash.successAndOpen(redirect, "record.flash.archived", "/offices/" + id);
	}

	@PostMapping("/offices/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.offices.restore(id);
		return Flash.successAndOpen(redirect, "record.flash.restored", "/offices/" + id);
	}

	private String formView(Model model, Office office) {
		model.addAttribute("office", office);
		model.addAttribute("countryOptions", this.countries.all());
		return "offices/form";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
