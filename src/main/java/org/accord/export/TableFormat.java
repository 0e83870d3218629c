package org.accord.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** How exported rows are written: CSV or XLSX. */
public enum TableFormat {

	CSV("csv", "text/csv;charset=UTF-8"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	TableFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	/** A writer of one table, row by row, to the stream. */
	interface TableWriter extends AutoCloseable {

		void row(List<Object> values) throws IOException;

		@Override
		void close() throws IOException;

	}

	TableWriter open(OutputStream out) throws IOException {
		return (this == CSV) ? new CsvWriter(out) : new XlsxWriter(out);
	}

}
