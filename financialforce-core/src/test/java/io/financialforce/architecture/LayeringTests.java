package io.financialforce.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks the production classes of financialforce-core against {@link Layering}.
 */
@AnalyzeClasses(packages = "io.financialforce", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTests {

	@ArchTest
	static final ArchRule root = Layering.ROOT_USES_NOTHING_OF_THE_PROJECT;

	@ArchTest
	static final ArchRule soql = Layering.SOQL_IS_A_LEAF;

	@ArchTest
	static final ArchRule auth = Layering.AUTH_USES_ONLY_ROOT;

	@ArchTest
	static final ArchRule client = Layering.CLIENT_USES_AUTH_AND_ROOT;

	@ArchTest
	static final ArchRule mapping = Layering.MAPPING_USES_CLIENT;

	@ArchTest
	static final ArchRule convert = Layering.CONVERT_USES_MAPPING;

	@ArchTest
	static final ArchRule query = Layering.QUERY_USES_SOQL_AND_MAPPING;

	@ArchTest
	static final ArchRule template = Layering.TEMPLATE_USES_LAYERS_BELOW;

	@ArchTest
	static final ArchRule repository = Layering.REPOSITORY_USES_CORE;

	@ArchTest
	static final ArchRule noSpringBoot = Layering.NO_SPRING_BOOT_IN_CORE;

	@ArchTest
	static final ArchRule escaping = Layering.ESCAPING_ONLY_IN_SOQL;

}
