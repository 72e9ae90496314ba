package io.financialforce.autoconfigure.data;

import io.financialforce.autoconfigure.FakeOrg;
import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.autoconfigure.data.other.SupplierRepository;
import io.financialforce.autoconfigure.data.scanned.CustomerRepository;
import io.financialforce.autoconfigure.data.scanned.ScannedConfiguration;
import io.financialforce.repository.config.EnableFinancialForceRepositories;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialForceRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class,
				FinancialForceRepositoriesAutoConfiguration.class))
		.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test");

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void registersTheRepositoriesOfTheAutoConfigurationPackagesWithoutCallingTheApi() {
		FakeOrg org = new FakeOrg(this.server);
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class,
					FinancialForceRepositoriesAutoConfiguration.class))
			.withUserConfiguration(ScannedConfiguration.class)
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				assertThat(context).hasSingleBean(CustomerRepository.class).doesNotHaveBean(SupplierRepository.class);
				assertThat(org.totalRequests()).isZero();
				assertThat(context.getBean(CustomerRepository.class).findByName("A [1]")).hasSize(3);
				assertThat(org.requests("/services/data/v65.0/sobjects/Account/describe")).isOne();
				assertThat(org.requests("/services/data/v65.0/query")).isOne();
			});
	}

	@Test
	void isOffWhenDisabled() {
		this.runner.withUserConfiguration(ScannedConfiguration.class)
			.withPropertyValues("financialforce.repositories.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CustomerRepository.class));
	}

	@Test
	void backsOffFromTheApplicationsOwnEnableFinancialForceRepositories() {
		this.runner.withUserConfiguration(ScannedConfiguration.class, EnableOther.class)
			.run((context) -> assertThat(context).hasSingleBean(SupplierRepository.class)
				.doesNotHaveBean(CustomerRepository.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableFinancialForceRepositories(basePackageClasses = SupplierRepository.class)
	static class EnableOther {

	}

}
