package org.accord.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The forms of account management, bound from requests; none can set an id, a hash or a
 * lock.
 */
final class AccountForms {

	private AccountForms() {
	}

	record NewAccount(
			@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}",
					message = "{account.username.format}") String username,
			@NotBlank @Size(max = 200) String displayName, @NotNull Role role, @PasswordRule String password) {

		static NewAccount empty() {
			return new NewAccount("", "", Role.VIEWER, "");
		}

	}

	record RoleChange(@NotNull Role role, long version) {
	}

	record PasswordReset(@PasswordRule String password) {
	}

	record PasswordChange(@NotBlank String currentPassword, @PasswordRule String newPassword, String confirmation) {

		static PasswordChange empty() {
			return new PasswordChange("", "", "");
		}

		boolean isConfirmed() {
			return this.newPassword != null && this.newPassword.equals(this.confirmation);
		}

	}

}
