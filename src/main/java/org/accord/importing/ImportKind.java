package org.accord.importing;

/** What a file imports: one kind of record per file. */
public enum ImportKind {

	INSTITUTIONS("institution.title", "institutions"), AGREEMENTS("agreement.title", "agreements"),
	STATISTICS("statistic.title", "statistics");

	private final String messageKey;

	private final String path;

	ImportKind(String messageKey, String path) {
		this.messageKey = messageKey;
		this.path = path;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** The list page of this kind, such as "institutions". */
	public String getPath() {
		return this.path;
	}

}
