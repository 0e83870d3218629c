package org.accord.importing;

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

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
