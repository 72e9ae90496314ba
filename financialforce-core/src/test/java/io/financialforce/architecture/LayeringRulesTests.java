package io.financialforce.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.financialforce.client.fixture.ClientFixture;
import io.financialforce.client.fixture.ClientImportingCore;
import io.financialforce.core.fixture.CoreFixture;
import io.financialforce.core.fixture.CoreImportingBoot;
import io.financialforce.core.query.fixture.QueryCallingEscape;
import io.financialforce.soql.fixture.EscapeFixture;
import io.financialforce.soql.fixture.SoqlImportingClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Proves that each {@link Layering} rule fails on a forbidden dependency, using fixture classes of the test tree.
 */
class LayeringRulesTests {

	@Test
	void soqlImportingAnotherLayerFails() {
		assertViolation(Layering.SOQL_IS_A_LEAF, classes(SoqlImportingClient.class, ClientFixture.class),
				"io.financialforce.client.fixture.ClientFixture");
	}

	@Test
	void clientImportingCoreFails() {
		assertViolation(Layering.CLIENT_USES_AUTH_AND_ROOT, classes(ClientImportingCore.class, CoreFixture.class),
				"io.financialforce.core.fixture.CoreFixture");
	}

	@Test
	void clientWithinItsLayerPasses() {
		assertThatCode(() -> Layering.CLIENT_USES_AUTH_AND_ROOT.check(classes(ClientFixture.class)))
			.doesNotThrowAnyException();
	}

	@Test
	void springBootInCoreFails() {
		assertViolation(Layering.NO_SPRING_BOOT_IN_CORE, classes(CoreImportingBoot.class),
				"org.springframework.boot.SpringApplication");
	}

	@Test
	void escapingOutsideSoqlFails() {
		assertViolation(Layering.ESCAPING_ONLY_IN_SOQL, classes(QueryCallingEscape.class, EscapeFixture.class),
				"escapeLiteral");
	}

	private static JavaClasses classes(Class<?>... types) {
		return new ClassFileImporter().importClasses(types);
	}

	private static void assertViolation(ArchRule rule, JavaClasses classes, String expected) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> rule.check(classes))
			.withMessageContaining(expected);
	}

}
