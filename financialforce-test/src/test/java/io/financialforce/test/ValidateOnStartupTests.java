package io.financialforce.test;

import java.util.Set;

import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.MappingMismatchException;
import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.annotation.Id;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code financialforce.validate-on-startup} against the emulator's real describe metadata.
 */
class ValidateOnStartupTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FinancialForceEmulatorAutoConfiguration.class,
				FinancialForceAutoConfiguration.class))
		.withPropertyValues("financialforce.emulator.enabled=true", "financialforce.emulator.demo-data=false",
				"financialforce.validate-on-startup=true");

	@Test
	void startsWhenEveryMappingMatchesTheOrg() {
		this.runner.withBean(FinancialForceMappingContext.class, () -> mapping(GoodAccount.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			FinancialForceEmulator emulator = context.getBean(FinancialForceEmulator.class);
			assertThat(emulator.requestCount(RequestFamily.TOKEN)).isOne();
			assertThat(emulator.requestCount(RequestFamily.VERSIONS)).isOne();
			assertThat(emulator.requestCount(RequestFamily.DESCRIBE)).isOne();
		});
	}

	@Test
	void failsTheStartListingEveryMismatch() {
		this.runner.withBean(FinancialForceMappingContext.class, () -> mapping(BadAccount.class))
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(MappingMismatchException.class)
				.hasMessageContaining("BadAccount (Account)")
				.hasMessageContaining("Industri"));
	}

	@Test
	void makesNoCallWithoutIt() {
		this.runner.withPropertyValues("financialforce.validate-on-startup=false")
			.withBean(FinancialForceMappingContext.class, () -> mapping(BadAccount.class))
			.run((context) -> assertThat(context.getBean(FinancialForceEmulator.class).requestCount(RequestFamily.TOKEN))
				.isZero());
	}

	private static FinancialForceMappingContext mapping(Class<?> type) {
		FinancialForceMappingContext context = new FinancialForceMappingContext();
		context.setInitialEntitySet(Set.of(type));
		context.initialize();
		return context;
	}

	@SObject("Account")
	record GoodAccount(@Id String id, String name, String industry) {
	}

	@SObject("Account")
	record BadAccount(@Id String id, String name, @SObjectField("Industri") String industry) {
	}

}
