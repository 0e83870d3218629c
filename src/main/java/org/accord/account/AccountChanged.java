package org.accord.account;

/**
 * An account was disabled, given another role or a password by an admin: the sessions it
 * has open must end at once (published by {@link AccountService}, acted on once the
 * change is committed, by the security configuration that knows the sessions).
 */
public record AccountChanged(String username) {
}
