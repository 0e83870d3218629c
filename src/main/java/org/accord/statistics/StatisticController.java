package org.accord.statistics;

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
class StatisticController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "period", "yearFrom", "institution",
			"institution.nameEn", "measure", "measure", "value", "value", "country", "partnerCountryCode");

	/** The columns of the exported list (CSV, XLSX). */
	private static final List<Column<ExchangeStatistic>> COLUMNS = List.of(
			Column.of("statistic.institution", (s) -> s.getInstitution().getNameEn()),
			Column.of("statistic.measureLabel", ExchangeStatistic::getMeasure),
			Column.of("statistic.value", ExchangeStatistic::getValue),
			Column.of("field.approximation", ExchangeStatistic::getApproximation),
			Column.of("statistic.period", ExchangeStatistic::getPeriodText),
			Column.of("statistic.partnerCountry", ExchangeStatistic::getPartnerCountryCode),
			Column.of("statistic.partnerInstitution",
					(s) -> (s.getPartnerInstitution() != null) ? s.getPartnerInstitution().getNameEn() : null));

	private final TableExport export;

	private final StatisticService statistics;

	private final InstitutionService institutions;

	private final Countries countries;

	private final StatisticFormCheck check;

	private final CountryMenu countryMenu;

	StatisticController(StatisticService statistics, InstitutionService institutions, Countries countries,
			StatisticFormCheck check, TableExport export, CountryMenu countryMenu) {
		this.countryMenu = countryMenu;
		this.export = export;
		this.statistics = statistics;
		this.institutions = institutions;
		this.countries = countries;
		this.check = check;
	}

	@GetMapping("/statistics/export")
	void export(@ModelAttribute("filter") StatisticFilter filter, ListParams params,
			@RequestParam(defaultValue = "CSV") TableFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		Sort sort = params.toPageable(SORT).getSort();
		this.export.write(response, format, "statistics", COLUMNS, (row) -> this.statistics.export(filter, sort, row),
				locale);
	}

	@GetMapping("/statistics")
	String list(@ModelAttribute("filter") StatisticFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.statistics.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions",
				this.countryMenu.options(this.institutions.countryCodes(), filter.country()));
		model.addAttribute("measures", Measure.values());
		return "statistics/list";
	}

	@GetMapping("/statistics/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("statistic", this.statistics.details(id));
		model.addAttribute("history", this.statistics.history(id));
		return "statistics/detail";
	}

	@GetMapping("/statistics/new")
	String newForm(Model model) {
		model.addAttribute("form", new StatisticForm());
		return formView(model, null);
	}

	@PostMapping("/statistics")
	String create(@Valid @ModelAttribute("form") StatisticForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StatisticFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SaveOutcome.Saved saved = (SaveOutcome.Saved) this.statistics.create(form, resolved);
		return Flash.successAndOpen(redirect, "statistic.flash.saved", "/statistics/" + saved.id());
	}

	@GetMapping("/statistics/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		ExchangeStatistic statistic = this.statistics.details(id);
		model.addAttribute("form", StatisticForm.from(statistic));
		return formView(model, statistic);
	}

	@PostMapping("/statistics/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") StatisticForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ExchangeStatistic statistic = this.statistics.details(id);
		StatisticFormCheck.Resolved resolved = this.check.check(form, result);
		if (result.hasErrors()) {
			return formView(model, statistic);
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.statistics.update(id, form, resolved));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			return formView(model, statistic);
		}
		return Flash.successAndOpen(redirect, "statistic.flash.saved", "/statistics/" + id);
	}

	@GetMapping("/statistics/{id}/archive")
	String confirmArchive(@PathVariable Long id, Model model) {
		ExchangeStatistic statistic = this.statistics.details(id);
		return ArchivePage.show(model, new ArchivePage("statistics", statistic.getMeasure().getMessageKey(),
				statistic.getInstitution().getNameEn(), "/statistics/" + id));
	}

	@PostMapping("/statistics/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.statistics.archive(id);
		return Flash.successAndOpen(redirect, "record.flash.archived", "/statistics/" + id);
	}

	@PostMapping("/statistics/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.statistics.restore(id);
		return Flash.successAndOpen(redirect, "record.flash.restored", "/statistics/" + id);
	}

	private String formView(Model model, ExchangeStatistic statistic) {
		model.addAttribute("statistic", statistic);
		model.addAttribute("measures", Measure.values());
		model.addAttribute("periodKinds", PeriodKind.values());
		model.addAttribute("approximations", Approximation.values());
		model.addAttribute("countryOptions", this.countries.all());
		return "statistics/form";
	}

}
