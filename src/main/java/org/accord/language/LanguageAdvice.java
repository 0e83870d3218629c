package org.accord.language;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switcher of every page: each language's name and a link to this page in it
 * (the same address and parameters, with {@code lang=}).
 */
@ControllerAdvice
class LanguageAdvice {

	record LanguageLink(String tag, String name, String url, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		Locale current = Languages.supported(locale);
		return Languages.SUPPORTED.stream()
			.map((language) -> new LanguageLink(language.tag(), language.name(), link(request, language.tag()),
					language.locale().equals(current)))
			.toList();
	}

	/**
	 * This page's address, relative, with {@code lang=} set; its path alone if
	 * unreadable.
	 */
	private static String link(HttpServletRequest request, String tag) {
		try {
			return UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam(Languages.PARAMETER, tag)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			return UriComponentsBuilder.fromPath("/").queryParam(Languages.PARAMETER, tag).build().toUriString();
		}
	}

}
