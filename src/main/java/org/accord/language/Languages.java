package org.accord.language;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The languages the portal speaks, and which one a request gets: the one chosen with
 * {@code ?lang=} (remembered in a cookie), else the first of the browser's
 * Accept-Language that the portal speaks, else English.
 */
public class Languages extends CookieLocaleResolver {

	static final String COOKIE = "accord-language";

	static final String PARAMETER = "lang";

	/** English, Simplified Chinese, Japanese: each with its name in its own language. */
	static final List<Language> SUPPORTED = List.of(new Language(Locale.ENGLISH, "en", "English"),
			new Language(Locale.SIMPLIFIED_CHINESE, "zh-CN", "简体中文"), new Language(Locale.JAPANESE, "ja", "日本語"));

	record Language(Locale locale, String tag, String name) {
	}

	/** The locales of the languages the portal speaks. */
	public static List<Locale> locales() {
		return SUPPORTED.stream().map(Language::locale).toList();
	}

	Languages() {
		super(COOKIE);
		setCookieMaxAge(Duration.ofDays(365));
		setDefaultLocaleFunction(Languages::fromBrowser);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, (locale != null) ? supported(locale) : null);
	}

	/** The language the portal speaks that is nearest to the locale, or English. */
	static Locale supported(Locale locale) {
		for (Language language : SUPPORTED) {
			if (language.locale().getLanguage().equals(locale.getLanguage())) {
				return language.locale();
			}
		}
		return Locale.ENGLISH;
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH;
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Language language : SUPPORTED) {
				if (language.locale().getLanguage().equals(wanted.getLanguage())) {
					return language.locale();
				}
			}
		}
		return Locale.ENGLISH;
	}

}
