package org.accord.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A file that cannot be imported at all, with the message (key and arguments) that says
 * why.
 */
class ImportRefused extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	ImportRefused(String code, Object... arguments) {
		this(code, List.of(), arguments);
	}

	private final transient List<MessageSourceResolvable> more;

	private ImportRefused(String code, List<MessageSourceResolvable> more, Object... arguments) {
		super(code, null, false, false);
		this.code = code;
		this.arguments = arguments;
		this.more = more;
	}

	/** A row that stops the import: its line, then each of its problems. */
	static ImportRefused row(int line, List<RowCheck.Problem> problems) {
		List<MessageSourceResolvable> messages = problems.stream().map(StoredMessages::of).toList();
		return new ImportRefused("import.failed.row", messages.subList(Math.min(1, messages.size()), messages.size()),
				line, messages.isEmpty() ? "" : messages.get(0));
	}

	/** The message key that says why. */
	String code() {
		return this.code;
	}

	/** Why, in the given language. */
	String message(MessageSource messages, Locale locale) {
		return String.join("; ", StoredMessages.read(stored(), messages, locale));
	}

	/** Why, kept to be read in each reader's language (see {@link StoredMessages}). */
	String stored() {
		List<MessageSourceResolvable> all = new ArrayList<>();
		all.add(new DefaultMessageSourceResolvable(new String[] { this.code }, this.arguments, this.code));
		all.addAll(this.more);
		return StoredMessages.write(all);
	}

}
