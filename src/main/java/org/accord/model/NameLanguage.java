package org.accord.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ULocale;

/**
 * The language a name in its own script is written in, for {@code lang="..."} beside it,
 * so that a screen reader reads 京都大学 in a Japanese voice and 重庆大学 in a Chinese one. It is
 * the language most likely spoken in the institution's country (CLDR's likely subtags,
 * through ICU4J): {@code ja} for Japan, {@code zh} for China, {@code zh-TW} for Taiwan,
 * {@code ko} for Korea, {@code bg} for Bulgaria.
 */
public final class NameLanguage {

	private static final Map<String, String> BY_COUNTRY = new ConcurrentHashMap<>();

	private NameLanguage() {
	}

	/**
	 * The language tag for names from this country (ISO 3166 code), or null if unknown.
	 */
	public static String ofCountry(String countryCode) {
		if (countryCode == null || countryCode.length() != 2) {
			return null;
		}
		String tag = BY_COUNTRY.computeIfAbsent(countryCode.toUpperCase(Locale.ROOT), (code) -> {
			ULocale likely = ULocale.addLikelySubtags(new ULocale("und_" + code));
			return likely.getLanguage().isEmpty() || "und".equals(likely.getLanguage()) ? ""
					: ULocale.minimizeSubtags(likely).toLanguageTag();
		});
		return tag.isEmpty() ? null : tag;
	}

}
