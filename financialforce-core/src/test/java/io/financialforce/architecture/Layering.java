package io.financialforce.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package table of {@code shared/DESIGN.md} as ArchUnit rules: each layer may use only the layers listed for it.
 */
final class Layering {

	static final String ROOT = "io.financialforce";

	static final String SOQL = "io.financialforce.soql..";

	static final String AUTH = "io.financialforce.auth..";

	static final String CLIENT = "io.financialforce.client..";

	static final String MAPPING = "io.financialforce.core.mapping..";

	static final String CONVERT = "io.financialforce.core.convert..";

	static final String QUERY = "io.financialforce.core.query..";

	static final String CORE = "io.financialforce.core..";

	static final String REPOSITORY = "io.financialforce.repository..";

	static final ArchRule ROOT_USES_NOTHING_OF_THE_PROJECT = layer("io.financialforce", ROOT);

	static final ArchRule SOQL_IS_A_LEAF = layer(SOQL, SOQL);

	static final ArchRule AUTH_USES_ONLY_ROOT = layer(AUTH, AUTH, ROOT);

	static final ArchRule CLIENT_USES_AUTH_AND_ROOT = layer(CLIENT, CLIENT, AUTH, ROOT);

	static final ArchRule MAPPING_USES_CLIENT = layer(MAPPING, MAPPING, CLIENT, ROOT);

	static final ArchRule CONVERT_USES_MAPPING = layer(CONVERT, CONVERT, MAPPING, CLIENT, ROOT);

	static final ArchRule QUERY_USES_SOQL_AND_MAPPING = layer(QUERY, QUERY, SOQL, MAPPING, ROOT);

	static final ArchRule TEMPLATE_USES_LAYERS_BELOW = layer("io.financialforce.core", CORE, SOQL, CLIENT, AUTH, ROOT);

	static final ArchRule REPOSITORY_USES_CORE = layer(REPOSITORY, REPOSITORY, CORE, SOQL, CLIENT, AUTH, ROOT);

	static final ArchRule NO_SPRING_BOOT_IN_CORE = noClasses().that()
		.resideInAPackage("io.financialforce..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.boot..")
		.because("financialforce-core must work without Spring Boot");

	static final ArchRule ESCAPING_ONLY_IN_SOQL = noClasses().that()
		.resideOutsideOfPackage(SOQL)
		.should()
		.callMethodWhere(soqlEscapingMethod())
		.because("values reach SOQL text only through the soql renderer");

	private Layering() {
	}

	private static ArchRule layer(String layer, String... allowed) {
		return classes().that()
			.resideInAPackage(layer)
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage("io.financialforce..").or(resideInAnyPackage(allowed)))
			.allowEmptyShould(true);
	}

	private static DescribedPredicate<JavaMethodCall> soqlEscapingMethod() {
		return DescribedPredicate.describe("a SOQL escaping method",
				(call) -> call.getTargetOwner().getPackageName().startsWith("io.financialforce.soql")
						&& call.getName().toLowerCase(java.util.Locale.ROOT).contains("escape"));
	}

}
