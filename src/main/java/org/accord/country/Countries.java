package org.accord.country;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.accord.record.BadRequestException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 alpha-2 country codes and their names in the reader's language. Records
 * store the code; pages show the name ({@code ${@countries.name(code)}} in templates).
 */
@Component("countries")
public class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final int OPTION_LISTS_KEPT = 100;

	/** Names by language and code: the JDK builds each name afresh on every call. */
	private final Map<Locale, Map<String, String>> names = new ConcurrentHashMap<>();

	/**
	 * Option lists by language and codes: every list's filter shows one on every request.
	 */
	private final Map<OptionsKey, List<Country>> optionLists = new ConcurrentHashMap<>();

	private record OptionsKey(Locale locale, Collection<String> codes) {
	}

	public static boolean isValid(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * The code of a country filter: null when no country is chosen, otherwise a real ISO
	 * code, or the request is refused.
	 */
	public static String filterValue(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!isValid(code)) {
			throw new BadRequestException("country must be an ISO 3166-1 alpha-2 code");
		}
		return code;
	}

	public String name(String code) {
		if (code == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.names.computeIfAbsent(locale, (key) -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, (key) -> toLocale(key).getDisplayCountry(locale));
	}

	/** Every country, for a form's country field, sorted by name. */
	public List<Country> all() {
		return options(CODES);
	}

	/** The given codes as options for a filter, sorted by name. */
	public List<Country> options(Collection<String> codes) {
		OptionsKey key = new OptionsKey(LocaleContextHolder.getLocale(), codes);
		List<Country> options = this.optionLists.get(key);
		if (options == null) {
			if (this.optionLists.size() >= OPTION_LISTS_KEPT) {
				this.optionLists.clear();
			}
			options = sorted(codes);
			this.optionLists.put(key, options);
		}
		return options;
	}

	/**
	 * Sorted as the reader's language sorts (CLDR's collation through ICU4J): pinyin
	 * order in Chinese (保加利亚 德国 韩国 日本 中国), kana by reading then kanji in Japanese,
	 * accents after their letter in English; never by code point.
	 */
	private List<Country> sorted(Collection<String> codes) {
		Collator collator = Collator.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
		return codes.stream()
			.filter(Countries::isValid)
			.map((code) -> new Country(code, name(code)))
			.sorted(Comparator.comparing(Country::name, collator::compare))
			.toList();
	}

	/**
	 * Codes of the countries whose English name has a word starting with the text, so
	 * that a search for "japan" or "korea" finds the institutions in those countries.
	 * Shorter texts match nothing: two letters would match half the world.
	 */
	public static Set<String> codesMatching(String text) {
		if (text == null || text.strip().length() < 3) {
			return Set.of();
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return CODES.stream().filter((code) -> {
			String name = toLocale(code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
			return name.startsWith(wanted)
					|| Arrays.stream(name.split("[\\s,()-]+")).anyMatch((w) -> w.startsWith(wanted));
		}).collect(Collectors.toSet());
	}

	private static Locale toLocale(String code) {
		return new Locale.Builder().setRegion(code).build();
	}

	public record Country(String code, String name) {
	}

}
