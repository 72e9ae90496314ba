package io.financialforce.emulator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The emulator runs as a standalone jar holding only the JDK, Jackson, SLF4J and core's {@code soql}: no Spring.
 */
class EmulatorDependenciesTests {

	@Test
	void theEmulatorDoesNotUseSpring() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
			.importPackages("io.financialforce.emulator");
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.fasterxml.jackson.databind..")
			.check(classes);
	}

}
