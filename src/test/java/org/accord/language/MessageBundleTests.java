package org.accord.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English, Simplified Chinese and Japanese, with the same
 * placeholders.
 */
class MessageBundleTests {

	private static final Map<String, String> BUNDLES = Map.of("English", "messages/messages.properties",
			"Simplified Chinese", "messages/messages_zh_CN.properties", "Japanese", "messages/messages_ja.properties");

	@Test
	void everyBundleHasEveryKeyWithTheSamePlaceholders() throws IOException {
		Properties english = load(BUNDLES.get("English"));
		assertThat(english).hasSizeGreaterThan(500);
		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<String, String> bundle : BUNDLES.entrySet()) {
			Properties other = load(bundle.getValue());
			softly.assertThat(new TreeSet<>(other.stringPropertyNames()))
				.as("keys of the %s bundle", bundle.getKey())
				.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
			for (String key : english.stringPropertyNames()) {
				if (other.containsKey(key)) {
					softly.assertThat(placeholders(other.getProperty(key)))
						.as("placeholders of %s in the %s bundle", key, bundle.getKey())
						.isEqualTo(placeholders(english.getProperty(key)));
					softly.assertThat(other.getProperty(key).isBlank())
						.as("%s in the %s bundle is blank", key, bundle.getKey())
						.isFalse();
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void theTranslationsAreNotEnglishLeftInPlace() throws IOException {
		Properties english = load(BUNDLES.get("English"));
		for (String name : new String[] { "Simplified Chinese", "Japanese" }) {
			Properties other = load(BUNDLES.get(name));
			Map<String, String> same = new TreeMap<>();
			for (String key : english.stringPropertyNames()) {
				String text = english.getProperty(key);
				if (text.equals(other.getProperty(key)) && text.matches(".*[a-z]{4,}.*")) {
					same.put(key, text);
				}
			}
			// Proper names and codes stay as they are in every language.
			same.keySet().removeAll(Set.of("app.name", "list.export.csv"));
			assertThat(same).as("texts of the %s bundle still in English", name).isEmpty();
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		// {0} and {0,number,integer} or {0,choice,...} are the same argument.
		Matcher matcher = Pattern.compile("\\{(\\d+)[,}]").matcher(text);
		while (matcher.find()) {
			found.add("{" + matcher.group(1) + "}");
		}
		return found;
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
