package org.accord.agreement;

/**
 * A lifecycle step the agreement's state does not allow (activating a terminated
 * agreement, terminating one twice, renewing one twice): refused by the agreement itself,
 * with the message key that says why.
 */
class LifecycleRefused extends RuntimeException {

	private final String messageKey;

	LifecycleRefused(String messageKey) {
		super("Lifecycle step refused: " + messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
