package org.accord.importing;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A file that cannot be imported at all, with the message (key and arguments) that says
 * why.
 */
class ImportRefused extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	ImportRefused(String code, Object... arguments) {
		super(code, null, false, false);
		this.code = code;
		this.arguments = arguments;
	}

	/** Why, in the given language. */
	String message(MessageSource messages, Locale locale) {
		return messages.getMessage(this.code, this.arguments, this.code, locale);
	}

}
