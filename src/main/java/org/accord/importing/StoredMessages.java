package org.accord.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.ObjectError;

/**
 * An import's problems and its refusal kept as message keys with their arguments (JSON),
 * not as text: the file is checked in the uploader's language, but whoever reads the
 * preview or the batch later reads them in their own. Each message: its codes (most
 * specific first, as Spring's validation writes them), its arguments (texts, numbers, or
 * messages themselves, such as a column's name) and the text to show when no code is
 * known. Text written before this (one problem per line) is read as it is.
 */
final class StoredMessages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A message template that is one key of our bundles, not Bean Validation's own. */
	private static final Pattern OWN_TEMPLATE = Pattern.compile("\\{(?!jakarta\\.|org\\.hibernate\\.)[\\w.]+}");

	private StoredMessages() {
	}

	/** The messages to keep, or null for none. */
	static String write(List<? extends MessageSourceResolvable> messages) {
		if (messages.isEmpty()) {
			return null;
		}
		ArrayNode all = JSON.createArrayNode();
		messages.forEach((message) -> all.add(message(message)));
		return JSON.writeValueAsString(all);
	}

	/** A row's problem as one message: "Column: message" when it has a column. */
	static MessageSourceResolvable of(RowCheck.Problem problem) {
		if (problem.columnKey() == null) {
			return problem.message();
		}
		return new DefaultMessageSourceResolvable(new String[] { "import.problemInColumn" }, new Object[] {
				new DefaultMessageSourceResolvable(new String[] { problem.columnKey() }, null, problem.columnKey()),
				problem.message() }, "{0}: {1}");
	}

	/** The messages in the reader's language. */
	static List<String> read(String stored, MessageSource messages, Locale locale) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		if (!stored.startsWith("[")) {
			return List.of(stored.split("\n"));
		}
		List<String> texts = new ArrayList<>();
		for (JsonNode node : JSON.readTree(stored)) {
			texts.add(messages.getMessage(resolvable(node), locale).replace('\n', ' '));
		}
		return texts;
	}

	private static ObjectNode message(MessageSourceResolvable message) {
		ObjectNode node = JSON.createObjectNode();
		ArrayNode codes = node.putArray("codes");
		templateKey(message).ifPresent(codes::add);
		if (message.getCodes() != null) {
			Arrays.stream(message.getCodes()).forEach(codes::add);
		}
		ArrayNode arguments = node.putArray("arguments");
		if (message.getArguments() != null) {
			for (Object argument : message.getArguments()) {
				if (argument instanceof MessageSourceResolvable nested) {
					arguments.add(message(nested));
				}
				else if (argument instanceof Integer || argument instanceof Long) {
					arguments.add(((Number) argument).longValue());
				}
				else {
					arguments.add(String.valueOf(argument));
				}
			}
		}
		if (message.getDefaultMessage() != null) {
			node.put("text", message.getDefaultMessage());
		}
		return node;
	}

	/**
	 * The key of a constraint's own message ({@code "{validation.countryCode}"}):
	 * Spring's codes for a constraint name only the annotation ({@code CountryCode}), and
	 * its text is already in the uploader's language.
	 */
	private static Optional<String> templateKey(MessageSourceResolvable message) {
		if (!(message instanceof ObjectError error) || !error.contains(ConstraintViolation.class)) {
			return Optional.empty();
		}
		String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
		if (template == null || !OWN_TEMPLATE.matcher(template).matches()) {
			return Optional.empty();
		}
		return Optional.of(template.substring(1, template.length() - 1));
	}

	private static MessageSourceResolvable resolvable(JsonNode node) {
		List<String> codes = new ArrayList<>();
		node.path("codes").forEach((code) -> codes.add(code.asString()));
		List<Object> arguments = new ArrayList<>();
		for (JsonNode argument : node.path("arguments")) {
			if (argument.isObject()) {
				arguments.add(resolvable(argument));
			}
			else if (argument.isIntegralNumber()) {
				arguments.add(argument.asLong());
			}
			else {
				arguments.add(argument.asString());
			}
		}
		JsonNode text = node.get("text");
		return new DefaultMessageSourceResolvable(codes.toArray(String[]::new), arguments.toArray(),
				(text == null) ? null : text.asString());
	}

}
