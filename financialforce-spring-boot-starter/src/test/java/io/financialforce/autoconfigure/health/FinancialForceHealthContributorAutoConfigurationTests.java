package io.financialforce.autoconfigure.health;

import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialForceHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FinancialForceAutoConfiguration.class,
				FinancialForceHealthContributorAutoConfiguration.class))
		.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test");

	@Test
	void registersTheIndicatorNamedFinancialforce() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(FinancialForceHealthIndicator.class)
			.hasBean("financialforceHealthIndicator"));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("management.health.financialforce.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FinancialForceHealthIndicator.class));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FinancialForceHealthIndicator.class));
	}

	@Test
	void backsOffFromAUserIndicatorOfTheSameName() {
		HealthIndicator own = () -> org.springframework.boot.health.contributor.Health.up().build();
		this.runner.withBean("financialforceHealthIndicator", HealthIndicator.class, () -> own)
			.run((context) -> assertThat(context.getBean("financialforceHealthIndicator")).isSameAs(own));
	}

}
