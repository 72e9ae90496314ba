package io.financialforce.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.financialforce.client.fixture.ClientFixture;
import io.financialforce.emulator.fixture.EmulatorImportingClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checks financialforce-test's production classes against {@link TestModuleLayering}, and that the emulator rule
 * fails on a forbidden dependency.
 */
@AnalyzeClasses(packages = "io.financialforce", importOptions = ImportOption.DoNotIncludeTests.class)
class TestModuleLayeringTests {

	@ArchTest
	static final ArchRule emulator = TestModuleLayering.EMULATOR_USES_ONLY_SOQL;

	@ArchTest
	static final ArchRule testSupport = TestModuleLayering.TEST_SUPPORT_USES_STARTER_AND_EMULATOR;

	@Test
	void emulatorImportingTheClientFails() {
		var classes = new ClassFileImporter().importClasses(EmulatorImportingClient.class, ClientFixture.class);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> TestModuleLayering.EMULATOR_USES_ONLY_SOQL.check(classes))
			.withMessageContaining("io.financialforce.client.fixture.ClientFixture");
	}

}
