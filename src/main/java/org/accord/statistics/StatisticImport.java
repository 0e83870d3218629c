package org.accord.statistics;

import java.time.LocalDate;
import java.util.List;

import org.accord.importing.ImportColumn;
import org.accord.importing.ImportKind;
import org.accord.importing.ImportRow;
import org.accord.importing.RowBinder;
import org.accord.importing.RowCheck;
import org.accord.importing.RowImporter;
import org.accord.model.Approximation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Exchange statistics from a spreadsheet, held to the statistic form's rules. A row
 * without an ID adds a figure (refused when the same institution already has one for the
 * same measure, period and partner); a row with an ID updates that figure.
 */
@Component
class StatisticImport implements RowImporter {

	static final List<ImportColumn> COLUMNS = List.of(ImportColumn.text("id", "import.column.id", ""),
			ImportColumn.text("institution", "statistic.institution", "Chongqing University"),
			ImportColumn.choice("measure", "statistic.measureLabel", Measure.class, "STUDENTS_SENT"),
			ImportColumn.text("value", "statistic.value", "120"),
			ImportColumn.choice("approximation", "field.approximation", Approximation.class, "EXACT"),
			ImportColumn.choice("periodKind", "import.column.periodKind", PeriodKind.class, "YEAR"),
			ImportColumn.text("yearFrom", "field.yearFrom", "2024"), ImportColumn.text("yearTo", "field.yearTo", ""),
			ImportColumn.date("asOf", "field.asOf", ""),
			ImportColumn.text("partnerCountryCode", "statistic.partnerCountry", "JP"),
			ImportColumn.text("partnerInstitution", "statistic.partnerInstitution", ""),
			ImportColumn.text("note", "common.note", ""), ImportColumn.text("sourceNote", "common.sourceNote", ""));

	private final ExchangeStatisticRepository statistics;

	private final StatisticService service;

	private final StatisticFormCheck formCheck;

	private final RowBinder binder;

	private final MessageSource messages;

	StatisticImport(ExchangeStatisticRepository statistics, StatisticService service, StatisticFormCheck formCheck,
			RowBinder binder, MessageSource messages) {
		this.messages = messages;
		this.statistics = statistics;
		this.service = service;
		this.formCheck = formCheck;
		this.binder = binder;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.STATISTICS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String table() {
		return "exchange_statistic";
	}

	private record Checked(RowCheck check, StatisticForm form, StatisticFormCheck.Resolved resolved,
			ExchangeStatistic existing) {
	}

	@Override
	public RowCheck check(ImportRow row) {
		return checked(row).check();
	}

	private Checked checked(ImportRow row) {
		String label = row.value("institution");
		ExchangeStatistic existing = null;
		String id = row.value("id");
		if (id != null) {
			existing = RowBinder.id(id).flatMap(this.statistics::findById).filter((s) -> !s.isArchived()).orElse(null);
			if (existing == null) {
				return new Checked(
						RowCheck.refused(label,
								List.of(RowBinder.problem("import.column.id", "import.idUnknown", id.strip()))),
						null, null, null);
			}
		}
		StatisticForm form = (existing != null) ? StatisticForm.from(existing) : new StatisticForm();
		BindingResult result = this.binder.bind(form, row, COLUMNS);
		StatisticFormCheck.Resolved resolved = this.formCheck.check(form, result);
		if (result.hasErrors()) {
			return new Checked(RowCheck.refused(label, this.binder.problems(result, COLUMNS)), form, resolved,
					existing);
		}
		// The measure by its label in the uploader's language (the check runs in it), not
		// its code.
		String measure = this.messages.getMessage(form.getMeasure().getMessageKey(), null,
				LocaleContextHolder.getLocale());
		label = resolved.institution().getNameEn() + " · " + measure + " · " + period(form) + " = " + form.getValue();
		if (existing != null) {
			return new Checked(RowCheck.update(existing.getId(), existing.getVersion(), label), form, resolved,
					existing);
		}
		Integer yearFrom = (form.getPeriodKind() == PeriodKind.AS_OF) ? null : form.getYearFrom();
		Integer yearTo = switch (form.getPeriodKind()) {
			case YEAR -> form.getYearFrom();
			case RANGE -> form.getYearTo();
			case AS_OF -> null;
		};
		LocalDate asOf = (form.getPeriodKind() == PeriodKind.AS_OF) ? resolved.asOf().getDate() : null;
		Long partner = (resolved.partner() != null) ? resolved.partner().getId() : null;
		int periodYear = (asOf != null) ? asOf.getYear() : yearTo;
		List<Long> same = this.statistics.findSame(resolved.institution().getId(), periodYear, form.getMeasure().name(),
				form.getPeriodKind().name(), yearFrom, yearTo, asOf, form.getPartnerCountryCode(), partner);
		if (!same.isEmpty()) {
			return new Checked(
					RowCheck.refused(label, List.of(RowBinder.problem(null, "import.duplicateStatistic", same.get(0)))),
					form, resolved, null);
		}
		String key = resolved.institution().getId() + "|" + form.getMeasure() + "|" + form.getPeriodKind() + "|"
				+ yearFrom + "|" + yearTo + "|" + asOf + "|" + form.getPartnerCountryCode() + "|" + partner;
		return new Checked(RowCheck.create(label, key), form, resolved, null);
	}

	private static String period(StatisticForm form) {
		return switch (form.getPeriodKind()) {
			case YEAR -> String.valueOf(form.getYearFrom());
			case RANGE -> form.getYearFrom() + "–" + form.getYearTo();
			case AS_OF -> form.getAsOf().strip();
		};
	}

	@Override
	public long apply(ImportRow row, Long expectedVersion) {
		Checked checked = checked(row);
		return RowImporter.write(checked.check(), expectedVersion,
				() -> this.service.create(checked.form(), checked.resolved()),
				() -> this.service.update(checked.existing().getId(), checked.form(), checked.resolved()));
	}

}
