package org.accord.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages a page shows once after a redirect (Post/Redirect/Get), under the two
 * names the layout reads ({@code fragments/alerts.html}): what was just done, or why it
 * was not.
 */
public final class Flash {

	static final String SUCCESS = "flashSuccess";

	static final String ERROR = "flashError";

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute(SUCCESS, messageKey);
	}

	public static void error(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute(ERROR, messageKey);
	}

	/** Says what was done and opens the record's page. */
	public static String successAndOpen(RedirectAttributes redirect, String messageKey, String path) {
		success(redirect, messageKey);
		return "redirect:" + path;
	}

}
