package org.accord.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Country outlines for a world map drawn on the server as SVG: no tile server, no
 * internet, no script. Read once from {@code dashboard/world-110m.tsv}.
 */
@Component
class WorldMap {

	static final String VIEW_BOX = "0 0 960 500";

	private final Map<String, String> paths;

	WorldMap() {
		Map<String, String> read = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("dashboard/world-110m.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				int tab = line.indexOf('\t');
				if (!line.startsWith("#") && tab == 2) {
					read.merge(line.substring(0, 2), line.substring(3), String::concat);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.paths = Collections.unmodifiableMap(read);
	}

	/** ISO 3166-1 alpha-2 code to SVG path, for every country drawn. */
	Map<String, String> paths() {
		return this.paths;
	}

}
