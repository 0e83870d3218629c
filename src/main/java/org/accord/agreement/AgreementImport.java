package org.accord.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.accord.importing.ImportColumn;
import org.accord.importing.ImportKind;
import org.accord.importing.ImportRow;
import org.accord.importing.RowBinder;
import org.accord.importing.RowCheck;
import org.accord.importing.RowImporter;
import org.accord.institution.Institution;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Agreements from a spreadsheet, held to the agreement form's rules. The parties are
 * recorded institutions, named in one cell separated by semicolons (as the export writes
 * them). A row without a reference creates an agreement (refused when one of the same
 * kind, date and parties exists); a row with a reference updates that agreement's columns
 * that the file has, keeping its signatories, conditions and links.
 */
@Component
class AgreementImport implements RowImporter {

	static final List<ImportColumn> COLUMNS = List.of(ImportColumn.text("reference", "agreement.reference", ""),
			ImportColumn.text("title", "agreement.agreementTitle", "Memorandum of understanding with Chuo University"),
			ImportColumn.choice("kind", "common.kind", AgreementKind.class, "MEMORANDUM_OF_UNDERSTANDING"),
			ImportColumn.choice("status", "common.status", AgreementStatus.class, "ACTIVE"),
			ImportColumn.date("signedOn", "agreement.signed", "2024-05-20"),
			ImportColumn.date("validFrom", "agreement.validFrom", "2024-05-20"),
			ImportColumn.date("validUntil", "agreement.validUntil", "2029-05-19"),
			ImportColumn.text("parties", "agreement.parties",
					"University of Shanghai for Science and Technology; Chuo University"),
			ImportColumn.text("summary", "common.summary", ""),
			ImportColumn.text("sourceNote", "common.sourceNote", ""));

	/**
	 * The parties' cell is split, not bound: a comma belongs to names like "University of
	 * California, Davis".
	 */
	private static final List<ImportColumn> BOUND = COLUMNS.stream()
		.filter((column) -> !column.property().equals("parties"))
		.toList();

	private final AgreementRepository agreements;

	private final AgreementService service;

	private final AgreementFormCheck formCheck;

	private final RowBinder binder;

	AgreementImport(AgreementRepository agreements, AgreementService service, AgreementFormCheck formCheck,
			RowBinder binder) {
		this.agreements = agreements;
		this.service = service;
		this.formCheck = formCheck;
		this.binder = binder;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.AGREEMENTS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String table() {
		return "agreement";
	}

	private record Checked(RowCheck check, AgreementForm form, AgreementFormCheck.Resolved resolved,
			Agreement existing) {
	}

	@Override
	public RowCheck check(ImportRow row) {
		return checked(row).check();
	}

	private Checked checked(ImportRow row) {
		String label = row.value("title");
		Agreement existing = null;
		String reference = row.value("reference");
		if (reference != null) {
			existing = this.agreements.findByReferenceIgnoreCase(reference.strip())
				.filter((a) -> !a.isArchived())
				.orElse(null);
			if (existing == null) {
				return new Checked(RowCheck.refused(label, List
					.of(RowBinder.problem("agreement.reference", "import.referenceUnknown", reference.strip()))), null,
						null, null);
			}
		}
		AgreementForm form = (existing != null) ? AgreementForm.from(existing) : AgreementForm.empty();
		if (row.has("parties")) {
			String parties = row.value("parties");
			form.setParties((parties != null) ? new ArrayList<>(Arrays.stream(parties.split("[;；\\n]"))
				.map(String::strip)
				.filter((party) -> !party.isEmpty())
				.toList()) : new ArrayList<>());
		}
		BindingResult result = this.binder.bind(form, row, BOUND);
		AgreementFormCheck.Resolved resolved = this.formCheck.check(form, result);
		if (existing != null) {
			this.formCheck.keepsPartiesOfConditions(existing.getId(), resolved, result);
		}
		if (result.hasErrors()) {
			return new Checked(RowCheck.refused(label, this.binder.problems(result, COLUMNS)), form, resolved,
					existing);
		}
		label = ((existing != null) ? existing.getReference() + ": " : "") + form.getTitle().strip();
		if (existing != null) {
			return new Checked(RowCheck.update(existing.getId(), existing.getVersion(), label), form, resolved,
					existing);
		}
		List<Long> partyIds = resolved.parties().stream().map(Institution::getId).sorted().toList();
		if (resolved.signed() != null) {
			List<Agreement> same = this.agreements.findSameKindDateAndParties(form.getKind(),
					resolved.signed().getDate(), partyIds, partyIds.size());
			if (!same.isEmpty()) {
				return new Checked(
						RowCheck
							.refused(label,
									List.of(RowBinder.problem(null, "import.duplicateAgreement",
											same.get(0).getReference(), same.get(0).getTitle()))),
						form, resolved, null);
			}
		}
		String key = form.getKind() + "|" + resolved.signed() + "|" + partyIds + "|"
				+ ((resolved.signed() == null) ? form.getTitle().strip().toLowerCase(Locale.ROOT) : "");
		return new Checked(RowCheck.create(label, key), form, resolved, null);
	}

	@Override
	public long apply(ImportRow row, Long expectedVersion) {
		Checked checked = checked(row);
		return RowImporter.write(checked.check(), expectedVersion, () -> {
			checked.form().setConfirmedNew(true);
			return this.service.create(checked.form(), checked.resolved());
		}, () -> this.service.update(checked.existing().getId(), checked.form(), checked.resolved()));
	}

}
