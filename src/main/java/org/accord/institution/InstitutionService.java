package org.accord.institution;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accord.country.Countries;
import org.accord.history.History;
import org.accord.history.RecordChange;
import org.accord.history.RecordType;
import org.accord.model.NameLanguage;
import org.accord.model.SearchText;
import org.accord.record.FirstRows;
import org.accord.record.RecordNotFoundException;
import org.accord.record.SaveOutcome;
import org.accord.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Reads institutions with the associations their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class InstitutionService {

	/**
	 * No name is longer; a longer text is a mistake or an attack, and only costs time.
	 */
	static final int SUGGESTION_TEXT_LIMIT = 300;

	/** Below this word similarity a name is not offered as what was meant. */
	static final double CLOSEST_NAME_SIMILARITY = 0.3;

	private final ListPages pages;

	private final InstitutionRepository institutions;

	private final PartnershipRepository partnerships;

	private final History history;

	private final Clock clock;

	private final CountryCodes countryCodes;

	private final AgreementPartners partners;

	private final JdbcClient jdbc;

	private final Countries countries;

	/**
	 * "Name (Country)": a name that two institutions share, told apart by the country.
	 */
	private static final Pattern NAME_WITH_COUNTRY = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

	InstitutionService(InstitutionRepository institutions, PartnershipRepository partnerships, History history,
			Clock clock, ListPages pages, CountryCodes countryCodes, AgreementPartners partners, JdbcClient jdbc,
			Countries countries) {
		this.countries = countries;
		this.jdbc = jdbc;
		this.countryCodes = countryCodes;
		this.partners = partners;
		this.pages = pages;
		this.institutions = institutions;
		this.partnerships = partnerships;
		this.history = history;
		this.clock = clock;
	}

	/** Every record the filter selects, in the given order, for an export. */
	public void export(InstitutionFilter filter, Sort sort, Consumer<Institution> row) {
		this.pages.forEach(Institution.class, InstitutionSpecifications.matching(filter, this.partners), sort,
				(batch) -> batch.forEach(row));
	}

	public Page<Institution> list(InstitutionFilter filter, Pageable pageable) {
		return this.pages.find(this.institutions, Institution.class, filter,
				InstitutionSpecifications.matching(filter, this.partners), pageable);
	}

	public Institution details(Long id) {
		return this.institutions.findWithDetailsById(id)
			.orElseThrow(() -> new RecordNotFoundException("institution", id));
	}

	public List<Partnership> partnerships(Long institutionId) {
		return this.partnerships.findInvolving(institutionId);
	}

	/** Our own institutions, by name: the dashboard's home filter. */
	public List<Institution> homes() {
		return this.institutions.findByHomeTrueAndArchivedAtIsNullOrderByNameEn();
	}

	/**
	 * The countries of the recorded institutions, sorted: every list's country filter
	 * offers them. Kept until a record changes.
	 */
	public List<String> countryCodes() {
		return this.countryCodes.get();
	}

	/** The first of the records a source gave (an imported file may have given many). */
	public FirstRows<Institution> fromSource(Long sourceId) {
		return FirstRows.fromSource(this.institutions::findBySourceIdOrderByNameEn, sourceId);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public SaveOutcome create(InstitutionForm form) {
		if (!form.isConfirmedNew()) {
			List<Institution> same = this.institutions.findSameNameAndCountry(form.getNameEn().strip(),
					form.getCountryCode());
			if (!same.isEmpty()) {
				return new SaveOutcome.ProbableDuplicates(same);
			}
		}
		Institution institution = this.institutions.save(new Institution(form));
		this.history.created(RecordType.INSTITUTION, institution.getId());
		return new SaveOutcome.Saved(institution.getId());
	}

	/**
	 * The institution a person means by what they typed in a party field: the one whose
	 * English name, own-script name or acronym it is; failing that, the only one whose
	 * names contain it. Empty when none or several match.
	 */
	public Optional<Institution> resolve(String typed) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		List<Institution> exact = this.institutions.findExactly(text);
		if (exact.size() == 1) {
			return Optional.of(exact.get(0));
		}
		if (!exact.isEmpty()) {
			return Optional.empty();
		}
		Matcher withCountry = NAME_WITH_COUNTRY.matcher(typed.strip());
		if (withCountry.matches()) {
			String country = withCountry.group(2).strip();
			List<Institution> named = this.institutions
				.findExactly(withCountry.group(1).strip().toLowerCase(Locale.ROOT))
				.stream()
				.filter((i) -> isCountry(i.getCountryCode(), country))
				.toList();
			if (named.size() == 1) {
				return Optional.of(named.get(0));
			}
		}
		List<Institution> containing = this.institutions
			.findBy(InstitutionSpecifications.containing(typed), (query) -> query.slice(PageRequest.of(0, 2)))
			.getContent();
		return (containing.size() == 1) ? Optional.of(containing.get(0)) : Optional.empty();
	}

	/**
	 * The institution typed into a form's field, or null when the field is blank, already
	 * refused, or names no single institution; then the error is beside the field.
	 */
	public Institution resolveField(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		Optional<Institution> found = resolve(typed);
		if (found.isEmpty()) {
			rejectUnresolved(typed, field, errors);
		}
		return found.orElse(null);
	}

	/**
	 * The error beside a field whose text names no single institution: when several bear
	 * that name, the names that tell them apart; otherwise that none matches.
	 */
	public void rejectUnresolved(String typed, String field, Errors errors) {
		List<Institution> same = this.institutions.findExactly(typed.strip().toLowerCase(Locale.ROOT));
		if (same.size() > 1) {
			errors.rejectValue(field, "agreement.partyAmbiguous",
					new Object[] { typed, same.stream().map(this::nameWithCountry).collect(Collectors.joining(", ")) },
					null);
		}
		else {
			errors.rejectValue(field, "agreement.partyUnknown", new Object[] { typed }, null);
		}
	}

	/**
	 * The name that picks this institution out when another has the same English name:
	 * "Name (Country)", the country in the reader's language; accepted by
	 * {@link #resolve(String)} with the country in English, in the reader's language or
	 * as its code.
	 */
	public String nameWithCountry(Institution institution) {
		return withCountry(institution.getNameEn(), this.countries.name(institution.getCountryCode()));
	}

	private static String withCountry(String name, String country) {
		return name + " (" + country + ")";
	}

	private boolean isCountry(String code, String typed) {
		return code != null && (code.equalsIgnoreCase(typed) || this.countries.name(code).equalsIgnoreCase(typed)
				|| new Locale.Builder().setRegion(code)
					.build()
					.getDisplayCountry(Locale.ENGLISH)
					.equalsIgnoreCase(typed));
	}

	/**
	 * The English names most like the text, for "Did you mean ...?" when a search found
	 * nothing: by word similarity to the institutions' names, the closest first, none
	 * below {@link #CLOSEST_NAME_SIMILARITY}. Reads every institution's names (no index
	 * orders by similarity), which is why it runs only when nothing matched.
	 */
	public List<String> closestNames(String text, int limit) {
		return this.jdbc.sql("""
				select name_en from institution
				where archived_at is null and word_similarity(accord_fold(:text), search_names) >= :least
				order by word_similarity(accord_fold(:text), search_names) desc, name_en limit :limit""")
			.param("text", text)
			.param("least", CLOSEST_NAME_SIMILARITY)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * The best matches of what is typed into an institution field, as the field's
	 * suggestions; nothing for an empty text, and only the first
	 * {@link #SUGGESTION_TEXT_LIMIT} characters count. A name two institutions share is
	 * offered with its country ({@link #nameWithCountry}), which tells them apart. One
	 * statement, so no transaction of its own: its BEGIN and COMMIT cost a keystroke as
	 * much as the reading.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Suggestion> suggest(String text, int limit) {
		if (SearchText.isEmpty(text)) {
			return List.of();
		}
		String typed = SearchText.clean(text);
		typed = typed.substring(0, Math.min(typed.length(), SUGGESTION_TEXT_LIMIT));
		// The search's first matches (SearchText.bestSql), in the same order as this
		// list's search.
		return this.jdbc
			.sql("select name_en, name_native, country_code, shared from (" + SearchText
				.bestSql("x.name_en, x.name_native, x.country_code, exists (select 1 from institution o where"
						+ " o.archived_at is null and lower(o.name_en) = lower(x.name_en) and o.id <> x.id) as shared",
						"institution", "x.archived_at is null", "x.name_en, x.id", typed, limit)
					+ ") best order by n")
			.query((rs, row) -> {
				String name = rs.getString(1);
				String country = this.countries.name(rs.getString(3));
				return new Suggestion(rs.getBoolean(4) ? withCountry(name, country) : name, rs.getString(2),
						NameLanguage.ofCountry(rs.getString(3)), country);
			})
			.list();
	}

	/** One suggestion: the name that goes into the field, and what tells it apart. */
	public record Suggestion(String name, String nativeName, String nativeNameLanguage, String country) {
	}

	/** A party typed into the agreement form that was not recorded yet. */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public Institution createParty(String nameEn, String countryCode, InstitutionKind kind) {
		InstitutionForm form = InstitutionForm.party(nameEn, countryCode, kind);
		Institution institution = this.institutions.save(new Institution(form));
		this.history.created(RecordType.INSTITUTION, institution.getId());
		return institution;
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public SaveOutcome update(Long id, InstitutionForm form) {
		Institution institution = details(id);
		InstitutionForm saved = InstitutionForm.from(institution);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), institution.getVersion(),
				() -> saved.fields(), () -> form.fields());
		if (stale.isPresent()) {
			return stale.get();
		}
		institution.update(form);
		this.history.changed(RecordType.INSTITUTION, id, saved.fields(), InstitutionForm.from(institution).fields());
		// Flushing here turns a save that raced with another into an optimistic-locking
		// failure now.
		this.institutions.flush();
		return new SaveOutcome.Saved(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void archive(Long id) {
		this.history.archive(RecordType.INSTITUTION, details(id));
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void restore(Long id) {
		this.history.restore(RecordType.INSTITUTION, details(id));
	}

	public List<RecordChange> history(Long id) {
		return this.history.of(RecordType.INSTITUTION, id);
	}

	public long count() {
		return this.institutions.countByArchivedAtIsNull();
	}

	public long countCountries() {
		return this.institutions.findCountryCodes().size();
	}

}
