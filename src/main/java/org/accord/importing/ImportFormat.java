package org.accord.importing;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/** The file types an import reads, known by their name and checked by their content. */
public enum ImportFormat {

	CSV, XLSX;

	/** The format a file's name claims, or null for a name that is neither. */
	static ImportFormat ofFileName(String fileName) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT).strip() : "";
		if (name.endsWith(".csv")) {
			return CSV;
		}
		if (name.endsWith(".xlsx")) {
			return XLSX;
		}
		return null;
	}

	/**
	 * Refuses content that is not what the name claims: an XLSX is a zip, a CSV is text
	 * (no zip, PDF, image or other binary with NUL bytes).
	 */
	void check(byte[] content) {
		boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
				&& content[3] == 4;
		if (this == XLSX && !zip) {
			throw new ImportRefused("import.refused.notXlsx");
		}
		if (this == CSV) {
			boolean binary = zip || startsWith(content, "%PDF");
			for (int i = 0; i < Math.min(content.length, 64 * 1024) && !binary; i++) {
				binary = content[i] == 0;
			}
			if (binary) {
				throw new ImportRefused("import.refused.notCsv");
			}
		}
	}

	private static boolean startsWith(byte[] content, String prefix) {
		if (content.length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (content[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	TableReader open(byte[] content) {
		return (this == CSV) ? new CsvReader(new ByteArrayInputStream(content)) : new XlsxReader(content);
	}

}
