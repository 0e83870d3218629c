package org.accord.institution;

import java.util.List;
import java.util.Locale;

import org.accord.importing.ImportColumn;
import org.accord.importing.ImportKind;
import org.accord.importing.ImportRow;
import org.accord.importing.RowBinder;
import org.accord.importing.RowCheck;
import org.accord.importing.RowImporter;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Institutions from a spreadsheet, held to the institution form's rules: a row without an
 * ID creates an institution (refused when one with the same name and country exists), a
 * row with one updates that institution's columns that the file has.
 */
@Component
class InstitutionImport implements RowImporter {

	static final List<ImportColumn> COLUMNS = List.of(ImportColumn.text("id", "import.column.id", ""),
			ImportColumn.text("nameEn", "institution.nameEn", "Chuo University"),
			ImportColumn.text("nameNative", "institution.nameNative", "中央大学"),
			ImportColumn.text("acronym", "institution.acronym", ""),
			ImportColumn.text("alternativeNames", "institution.alternativeNames", "Central University"),
			ImportColumn.choice("kind", "common.kind", InstitutionKind.class, "UNIVERSITY"),
			ImportColumn.text("countryCode", "common.country", "JP"), ImportColumn.text("city", "common.city", "Tokyo"),
			ImportColumn.text("website", "institution.website", "https://www.chuo-u.ac.jp/"),
			ImportColumn.text("rorId", "field.rorId", ""), ImportColumn.text("erasmusCode", "field.erasmusCode", ""),
			ImportColumn.text("schacCode", "field.schacCode", ""), ImportColumn.text("note", "common.note", ""),
			ImportColumn.text("sourceNote", "common.sourceNote", ""));

	private final InstitutionRepository institutions;

	private final InstitutionService service;

	private final RowBinder binder;

	InstitutionImport(InstitutionRepository institutions, InstitutionService service, RowBinder binder) {
		this.institutions = institutions;
		this.service = service;
		this.binder = binder;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.INSTITUTIONS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String table() {
		return "institution";
	}

	private record Checked(RowCheck check, InstitutionForm form, Institution existing) {
	}

	@Override
	public RowCheck check(ImportRow row) {
		return checked(row).check();
	}

	private Checked checked(ImportRow row) {
		String label = row.value("nameEn");
		Institution existing = null;
		String id = row.value("id");
		if (id != null) {
			existing = RowBinder.id(id)
				.flatMap(this.institutions::findById)
				.filter((i) -> !i.isArchived())
				.orElse(null);
			if (existing == null) {
				return new Checked(
						RowCheck.refused(label,
								List.of(RowBinder.problem("import.column.id", "import.idUnknown", id.strip()))),
						null, null);
			}
		}
		InstitutionForm form = (existing != null) ? InstitutionForm.from(existing) : InstitutionForm.empty();
		BindingResult result = this.binder.bind(form, row, COLUMNS);
		if (result.hasErrors()) {
			return new Checked(RowCheck.refused(label, this.binder.problems(result, COLUMNS)), form, existing);
		}
		label = form.getNameEn().strip() + " (" + form.getCountryCode() + ")";
		if (existing != null) {
			return new Checked(RowCheck.update(existing.getId(), existing.getVersion(), label), form, existing);
		}
		List<Institution> same = this.institutions.findSameNameAndCountry(form.getNameEn().strip(),
				form.getCountryCode());
		if (!same.isEmpty()) {
			return new Checked(RowCheck.refused(label, List.of(RowBinder.problem("institution.nameEn",
					"import.duplicateOf", same.get(0).getId(), same.get(0).getNameEn()))), form, null);
		}
		return new Checked(
				RowCheck.create(label, form.getNameEn().strip().toLowerCase(Locale.ROOT) + "|" + form.getCountryCode()),
				form, null);
	}

	@Override
	public long apply(ImportRow row, Long expectedVersion) {
		Checked checked = checked(row);
		InstitutionForm form = checked.form();
		return RowImporter.write(checked.check(), expectedVersion, () -> {
			form.setConfirmedNew(true);
			return this.service.create(form);
		}, () -> this.service.update(checked.existing().getId(), form));
	}

}
