package io.financialforce.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Layering of financialforce-test: the emulator uses only the soql language of core (so it can run as a standalone
 * jar and never shares code paths with the client it is meant to test); the Spring test support may also use the
 * starter and core.
 */
final class TestModuleLayering {

	static final ArchRule EMULATOR_USES_ONLY_SOQL = classes().that()
		.resideInAPackage("io.financialforce.emulator..")
		.should()
		.onlyDependOnClassesThat(resideOutsideOfPackage("io.financialforce..")
			.or(resideInAnyPackage("io.financialforce.emulator..", "io.financialforce.soql..")))
		.allowEmptyShould(true);

	static final ArchRule TEST_SUPPORT_USES_STARTER_AND_EMULATOR = classes().that()
		.resideInAPackage("io.financialforce.test..")
		.should()
		.onlyDependOnClassesThat(resideOutsideOfPackage("io.financialforce..").or(resideInAnyPackage(
				"io.financialforce.test..", "io.financialforce.emulator..", "io.financialforce.autoconfigure..",
				"io.financialforce", "io.financialforce.soql..", "io.financialforce.auth..",
				"io.financialforce.client..", "io.financialforce.core..")))
		.allowEmptyShould(true);

	private TestModuleLayering() {
	}

}
