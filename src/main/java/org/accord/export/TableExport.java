package org.accord.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a list as a file: the headers in the reader's language, then every row the
 * list's filters select (all pages), as they come from the database.
 */
@Component
public class TableExport {

	private final MessageSource messages;

	private final Clock clock;

	TableExport(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Writes the file.
	 * @param name the file's name before the date, such as "agreements"
	 * @param rows calls its argument with each row, in the list's order
	 */
	public <T> void write(HttpServletResponse response, TableFormat format, String name, List<Column<T>> columns,
			Consumer<Consumer<T>> rows, Locale locale) throws IOException {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "-" + LocalDate.now(this.clock) + "." + format.extension())
					.build()
					.toString());
		try (TableFormat.TableWriter writer = format.open(response.getOutputStream())) {
			writer.row(columns.stream()
				.map((column) -> (Object) this.messages.getMessage(column.headerKey(), null, column.headerKey(),
						locale))
				.toList());
			rows.accept((row) -> {
				try {
					writer.row(columns.stream().map((column) -> shown(column.value().apply(row), locale)).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * A value as the reader reads it: a choice (an enum with a message key) by its name.
	 */
	private Object shown(Object value, Locale locale) {
		if (value instanceof Enum<?> choice) {
			try {
				Object key = choice.getClass().getMethod("getMessageKey").invoke(choice);
				return this.messages.getMessage((String) key, null, choice.name(), locale);
			}
			catch (ReflectiveOperationException ex) {
				return choice.name();
			}
		}
		return value;
	}

}
