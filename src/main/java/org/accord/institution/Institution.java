package org.accord.institution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.accord.model.NameLanguage;
import org.accord.source.SourcedRecord;

/** A partner university, alliance, foundation, government body or company. */
@Entity
public class Institution extends SourcedRecord {

	private String nameEn;

	private String nameNative;

	private String acronym;

	/** The pinyin of a Chinese name, for search ({@link ChineseNames}). */
	private String nameLatin;

	/**
	 * Other names it is known by: short forms, former names, a source's own translation.
	 */
	@ElementCollection
	@CollectionTable(name = "institution_alt_name", joinColumns = @JoinColumn(name = "institution_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "name")
	private List<String> alternativeNames = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private InstitutionKind kind;

	private String countryCode;

	private String city;

	private String website;

	private String rorId;

	private String erasmusCode;

	private String schacCode;

	private String note;

	/** One of our own institutions rather than a partner. */
	private boolean home;

	private String sourceNote;

	/** For an alliance or consortium: its members. */
	@ManyToMany
	@JoinTable(name = "institution_membership", joinColumns = @JoinColumn(name = "alliance_id"),
			inverseJoinColumns = @JoinColumn(name = "member_id"))
	@OrderBy("nameEn")
	private Set<Institution> members = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "members")
	@OrderBy("nameEn")
	private Set<Institution> alliances = new LinkedHashSet<>();

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

	protected Institution() {
	}

	Institution(InstitutionForm form) {
		update(form);
	}

	void update(InstitutionForm form) {
		this.nameEn = tidy(form.getNameEn());
		this.nameNative = tidy(form.getNameNative());
		this.acronym = tidy(form.getAcronym());
		this.kind = form.getKind();
		this.countryCode = form.getCountryCode();
		this.home = form.isHome();
		this.city = tidy(form.getCity());
		this.website = tidy(form.getWebsite());
		this.rorId = tidy(form.getRorId());
		this.erasmusCode = tidy(form.getErasmusCode());
		this.schacCode = tidy(form.getSchacCode());
		this.note = tidy(form.getNote());
		this.sourceNote = tidy(form.getSourceNote());
		this.nameLatin = ChineseNames.pinyin(this.nameNative, this.countryCode);
		List<String> names = form.alternativeNameList();
		if (!names.equals(this.alternativeNames)) {
			this.alternativeNames.clear();
			this.alternativeNames.addAll(names);
		}
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameNative() {
		return this.nameNative;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public List<String> getAlternativeNames() {
		return Collections.unmodifiableList(this.alternativeNames);
	}

	public InstitutionKind getKind() {
		return this.kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	/**
	 * The language of the name in its own script, for {@code lang=} (null if unknown).
	 */
	public String getNameNativeLanguage() {
		return NameLanguage.ofCountry(this.countryCode);
	}

	public String getCity() {
		return this.city;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getRorId() {
		return this.rorId;
	}

	public String getErasmusCode() {
		return this.erasmusCode;
	}

	public String getSchacCode() {
		return this.schacCode;
	}

	public boolean isHome() {
		return this.home;
	}

	public String getNote() {
		return this.note;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	public Set<Institution> getMembers() {
		return this.members;
	}

	public Set<Institution> getAlliances() {
		return this.alliances;
	}

	public boolean hasIdentifiers() {
		return this.rorId != null || this.erasmusCode != null || this.schacCode != null;
	}

}
