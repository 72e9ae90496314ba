package io.financialforce.test;

import java.net.URI;

import io.financialforce.auth.Authenticator;
import io.financialforce.auth.ClientCredentialsAuthenticator;
import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.autoconfigure.FinancialForceConnectionDetails;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.RetryPolicy;
import io.financialforce.emulator.FinancialForceEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FinancialForceEmulatorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(FinancialForceEmulatorAutoConfiguration.class, FinancialForceAutoConfiguration.class));

	@Test
	void staysOffWithoutTheProperty() {
		this.runner.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test")
			.run((context) -> assertThat(context).doesNotHaveBean(FinancialForceEmulator.class)
				.doesNotHaveBean(FinancialForceConnectionDetails.class));
	}

	@Test
	void startsTheEmulatorAndConnectsTheClientToItWithoutCredentialProperties() {
		this.runner.withPropertyValues("financialforce.emulator.enabled=true", "financialforce.emulator.invoices=5")
			.run((context) -> {
				FinancialForceEmulator emulator = context.getBean(FinancialForceEmulator.class);
				assertThat(context.getBean(Authenticator.class)).isInstanceOf(ClientCredentialsAuthenticator.class)
					.asString()
					.contains(emulator.loginUrl())
					.doesNotContain(emulator.credentials().clientSecret());
				assertThat(context.getBean(FinancialForceClient.class).limits()).containsKey("DailyApiRequests");
			});
	}

	@Test
	void closesTheEmulatorWithTheContext() {
		String[] loginUrl = new String[1];
		this.runner
			.withPropertyValues("financialforce.emulator.enabled=true", "financialforce.emulator.demo-data=false")
			.run((context) -> loginUrl[0] = context.getBean(FinancialForceEmulator.class).loginUrl());
		FinancialForceClient client = FinancialForceClient
			.builder(new ClientCredentialsAuthenticator(URI.create(loginUrl[0]), "demo-client-id",
					"demo-client-secret".toCharArray()))
			.retryPolicy(RetryPolicy.none())
			.build();
		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(client::limits);
	}

	@Test
	void backsOffFromAUserEmulatorOrConnectionDetails() {
		try (FinancialForceEmulator own = FinancialForceEmulator.builder().demoData(false).start()) {
			this.runner.withPropertyValues("financialforce.emulator.enabled=true")
				.withBean(FinancialForceEmulator.class, () -> own)
				.run((context) -> assertThat(context.getBean(FinancialForceConnectionDetails.class).loginUrl())
					.hasToString(own.loginUrl()));
		}
	}

	@Test
	void failsWithTheLocationOfAMissingFixture() {
		this.runner
			.withPropertyValues("financialforce.emulator.enabled=true", "financialforce.emulator.demo-data=false",
					"financialforce.emulator.fixtures=classpath:fixtures/none.json")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Cannot read the emulator fixture classpath:fixtures/none.json"));
	}

}
