package org.accord.institution;

import java.util.List;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chinese names written in pinyin without tones ("重庆大学" becomes "chong qing da xue
 * chongqingdaxue"), by ICU4J's Han-Latin transliterator, so that staff find them by
 * typing what they hear. Only institutions in Chinese-speaking places get it: a Japanese
 * name in kanji read the Chinese way would find nothing anyone types. The search document
 * (a database trigger) reads the result from {@code institution.name_latin}.
 */
public final class ChineseNames {

	private static final Set<String> CHINESE_SPEAKING = Set.of("CN", "TW", "HK", "MO");

	/**
	 * ICU transliterators are not safe for concurrent use; saves are rare, so one is
	 * shared under a lock.
	 */
	private static Transliterator transliterator;

	private ChineseNames() {
	}

	/** The pinyin of a name in Han characters, or null when there is none to write. */
	public static String pinyin(String nativeName, String countryCode) {
		if (nativeName == null || !CHINESE_SPEAKING.contains(countryCode) || !hasHan(nativeName)) {
			return null;
		}
		String latin;
		synchronized (ChineseNames.class) {
			if (transliterator == null) {
				transliterator = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
			}
			latin = transliterator.transliterate(nativeName);
		}
		latin = latin.replaceAll("\\s+", " ").strip();
		// Syllables apart and together: staff type "Chongqing Daxue", not "chong qing da
		// xue".
		String written = latin + " " + latin.replace(" ", "");
		return written.length() > 600 ? written.substring(0, 600) : written;
	}

	/**
	 * Writes the pinyin of every institution that lacks it (rows written by plain SQL:
	 * the seeds, the generator). Returns how many were written.
	 */
	public static int fillMissing(JdbcClient jdbc) {
		List<Row> rows = jdbc.sql("""
				select id, name_native, country_code from institution
				where name_latin is null and name_native is not null and country_code in ('CN', 'TW', 'HK', 'MO')""")
			.query(Row.class)
			.list();
		int written = 0;
		for (Row row : rows) {
			String latin = pinyin(row.nameNative(), row.countryCode());
			if (latin != null) {
				written += jdbc.sql("update institution set name_latin = ? where id = ?")
					.params(latin, row.id())
					.update();
			}
		}
		return written;
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private record Row(long id, String nameNative, String countryCode) {
	}

}
