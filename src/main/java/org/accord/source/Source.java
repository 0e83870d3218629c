package org.accord.source;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The article (or other document) that a record's facts come from. */
@Entity
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String publisher;

	private String author;

	private LocalDate publishedOn;

	private String fileName;

	private String importedBy;

	private Instant importedAt;

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

	@Version
	private long version;

	/** The source of an import: the file, who imported it and when. */
	static Source ofImport(String fileName, String importedBy, LocalDate on, Instant at) {
		Source source = new Source();
		source.title = fileName;
		source.publishedOn = on;
		source.importedBy = importedBy;
		source.importedAt = at;
		return source;
	}

	protected Source() {
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getAuthor() {
		return this.author;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getFileName() {
		return this.fileName;
	}

	/** Who imported the file this source is, or null for an article. */
	public String getImportedBy() {
		return this.importedBy;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

}
