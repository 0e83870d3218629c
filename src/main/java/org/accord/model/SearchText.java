package org.accord.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * What a person typed, matched the same way everywhere: against a record's search
 * document (written by the database, migration V13), word by word, as substrings, typos
 * corrected, ignoring case and accents; or, for the few texts without a search document,
 * as a case-insensitive "contains" pattern for SQL LIKE.
 */
public final class SearchText {

	public static final char ESCAPE = '\\';

	/** The attribute every searchable record maps its search document to. */
	public static final String DOCUMENT = "searchDocument";

	/** More words than this add nothing but time: the rest are left out. */
	public static final int MAX_WORDS = 8;

	/** A text of one word, letters and digits: it has no words found apart. */
	private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private SearchText() {
	}

	public static boolean isEmpty(String text) {
		return text == null || clean(text).isBlank();
	}

	/**
	 * The text without NUL characters, which PostgreSQL cannot store or compare, and
	 * without surrounding white space.
	 */
	public static String clean(String text) {
		return text.replace("\0", "").strip();
	}

	/**
	 * True when every word of the text (up to {@link #MAX_WORDS}; words of one letter
	 * left out) is in the record's search document, in any order, ignoring case and
	 * accents; a word no document holds is first corrected to the most similar word one
	 * does ("Hirosaky" to "hirosaki"; the database's {@code accord_spelling}). Uses the
	 * document's trigram index. The text is written into the SQL as a literal (Hibernate
	 * escapes it), so that PostgreSQL corrects the words once, while planning.
	 */
	public static Predicate matches(Path<?> record, CriteriaBuilder cb, String text) {
		List<String> words = words(text);
		if (words.size() == 1) {
			return cb
				.isTrue(cb.function("accord_matches", Boolean.class, record.get(DOCUMENT), cb.literal(words.get(0))));
		}
		// Each word with the others: a word nearly every document holds is then tested on
		// the rows the rarer words found, rather than read through the index (V21).
		String query = String.join(" ", words);
		List<Predicate> all = new ArrayList<>();
		for (String word : words) {
			all.add(cb.isTrue(cb.function("accord_matches_in", Boolean.class, record.get(DOCUMENT), cb.literal(word),
					cb.literal(query))));
		}
		return cb.and(all.toArray(Predicate[]::new));
	}

	/**
	 * {@link #matches} written as SQL, for the statements written by hand (the search
	 * page reads every kind in one round trip, the suggestions in one statement): the
	 * same database functions on the same words, the words written in as literals for the
	 * same reason. {@code alias} names the table of the record.
	 */
	public static String matchesSql(String alias, String text) {
		List<String> words = words(text);
		String document = alias + ".search_document";
		if (words.size() == 1) {
			return "accord_matches(" + document + ", " + sqlLiteral(words.get(0)) + ")";
		}
		String query = sqlLiteral(String.join(" ", words));
		List<String> all = new ArrayList<>();
		for (String word : words) {
			all.add("accord_matches_in(" + document + ", " + sqlLiteral(word) + ", " + query + ")");
		}
		return "(" + String.join(" and ", all) + ")";
	}

	/**
	 * Higher for better matches, as SQL ({@link #matchesSql}): an exact name (3), a name
	 * or a name's word that starts with the text (2), a document that contains it (1),
	 * the words found apart (0).
	 */
	public static String rankSql(String alias, String text) {
		return "accord_search_rank(" + alias + ".search_names, " + alias + ".search_document, "
				+ sqlLiteral(clean(text)) + ")";
	}

	/**
	 * The first {@code limit} records of {@code table} (alias {@code x}) that the text
	 * matches ({@link #matchesSql}) and {@code filter} keeps, best first: by
	 * {@link #rankSql}, then by {@code order}, which must end with the id; as SQL that
	 * answers the {@code columns} of each with its place {@code n} (1, 2, ...).
	 * <p>
	 * A common text matches thousands ("university": every agreement), and ranking them
	 * all would read them all. So a common one (the database's
	 * {@code accord_common_query}, from the counted words; migration V23) is read rank by
	 * rank, each in {@code order}, and the database reads the next rank only while there
	 * are too few: the parts of a UNION ALL are read one after the other, and the outer
	 * limit stops the reading. A rank that many records have is read in {@code order}
	 * through the table's list index and stops at once; the two that can be rare among
	 * many matches have indexes of their own (V23): an exact name (3) the table's index
	 * of names, a name that starts with the text (2) the names' trigrams, as it is among
	 * the names that contain it. So the table needs those indexes (institutions,
	 * agreements, delegations and people have them). The words found apart (0) are only
	 * read for a text of several words: a text of one word (letters and digits) is
	 * contained as it is, spelling corrected, in every document it matches. A rarer text
	 * is ranked whole, which reads its few matches once rather than once per rank; so is
	 * a text with {@code |}, which separates the names. The choice is made while
	 * planning, so the statement keeps only one of the ways.
	 */
	public static String bestSql(String columns, String table, String filter, String order, String text, int limit) {
		String typed = clean(text);
		String rank = rankSql("x", text);
		String matches = table + " x where " + filter + " and " + matchesSql("x", text);
		String matching = "select " + columns + " from " + matches;
		String ranked = " order by " + rank + " desc, " + order + " limit " + limit;
		String best;
		if (typed.indexOf('|') >= 0) {
			best = matching + ranked;
		}
		else {
			String common = "accord_common_query(" + sqlLiteral(typed) + ")";
			String spelled = "accord_spelled(" + sqlLiteral(typed) + ")";
			String read = matching + " and " + common;
			String first = " order by " + order + " limit " + limit;
			// A name, or a word of a name, that starts with the text, said as two
			// patterns whose share of the names the planner reads from the statistics:
			// a start many names share ("generated univ": 10,000) is read in order and
			// stops at once, a rare one through the names' trigrams. Said as
			// "rank = 2", it was taken for a few rows and every match was read and
			// sorted.
			String contained = "substr(accord_contains_pattern(" + spelled + "), 2)";
			String starts = "(x.search_names like '%|' || " + contained + " or x.search_names like '% ' || " + contained
					+ ")";
			// An exact name is rare however many records match: it is read through the
			// index of names, never in order (the subquery hides the order from the
			// planner, which would otherwise walk the list for it).
			best = "(" + matching + " and not " + common + ranked + ") union all (select " + columns
					+ " from (select x.* from " + matches + " and " + common
					+ " and accord_name_list(x.search_names) @> array[" + spelled + "] offset 0) x" + first
					+ ") union all (" + read + " and " + starts + " and " + rank + " <> 3" + first + ") union all ("
					+ read + " and " + rank + " = 1" + first + ")";
			if (!ONE_WORD.matcher(typed).matches()) {
				best += " union all (" + read + " and " + rank + " = 0" + first + ")";
			}
		}
		return "select *, row_number() over () as n from (select * from (" + best + ") best limit " + limit + ") best";
	}

	/**
	 * A text as an SQL string literal: an escape string ({@code E'...'}), its backslashes
	 * and quotes escaped, which PostgreSQL reads the same whatever its
	 * {@code standard_conforming_strings}; NUL characters (which it cannot hold) left
	 * out.
	 */
	static String sqlLiteral(String text) {
		return "E'" + text.replace("\0", "").replace("\\", "\\\\").replace("'", "''") + "'";
	}

	/**
	 * True when the record's search document contains the text as it is typed (ignoring
	 * case and accents), without the tolerance of {@link #matches}: for resolving a name
	 * typed into a form, where a near miss must not pick another record.
	 */
	public static Predicate contains(Path<?> record, CriteriaBuilder cb, String text) {
		return cb.like(record.get(DOCUMENT),
				cb.function("accord_contains_pattern", String.class, cb.literal(clean(text))));
	}

	/**
	 * The words that must each match: those of two or more characters, at most
	 * {@link #MAX_WORDS}; the whole text when it has no such word ("京").
	 */
	public static List<String> words(String text) {
		List<String> words = Arrays.stream(clean(text).split("\\s+"))
			.filter((word) -> word.codePointCount(0, word.length()) >= 2)
			.distinct()
			.limit(MAX_WORDS)
			.toList();
		return words.isEmpty() ? List.of(clean(text)) : words;
	}

	/**
	 * {@code "50%_off"} becomes {@code "%50\%\_off%"}: the user's wildcards are matched
	 * literally.
	 */
	public static String containsPattern(String text) {
		String lower = clean(text).toLowerCase(Locale.ROOT);
		StringBuilder pattern = new StringBuilder("%");
		for (char c : lower.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

}
