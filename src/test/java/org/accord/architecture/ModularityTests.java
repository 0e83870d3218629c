package org.accord.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accord.AccordApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The packages depend on each other one way: Spring Modulith reads every class's
 * dependencies from the bytecode and fails on any cycle between the feature packages (and
 * on a package reaching into another's internals). It also writes the module
 * documentation (C4 and UML component diagrams, and a canvas per module) to
 * {@code target/spring-modulith-docs}, linked from the README.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AccordApplication.class);

	@Test
	void dependenciesRunOneWay() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(MODULES).writeDocumentation();
		// The structure as the verification reads it, in words.
		Files.writeString(Path.of("target", "spring-modulith-docs", "modules.txt"), MODULES.toString());
	}

}
