package io.financialforce.autoconfigure.metrics;

import io.financialforce.autoconfigure.FakeOrg;
import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.client.FinancialForceClient;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialForceMetricsAutoConfigurationTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(FinancialForceAutoConfiguration.class, FinancialForceMetricsAutoConfiguration.class));

	@Test
	void gaugesTheApiUsageTheLatestAnswerReportedWithoutCallingTheApi() {
		FakeOrg org = new FakeOrg(this.server);
		org.dailyUsed(1234);
		this.runner
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				SimpleMeterRegistry registry = new SimpleMeterRegistry();
				context.getBean(FinancialForceApiUsageMetrics.class).bindTo(registry);
				assertThat(registry.get(FinancialForceApiUsageMetrics.USED).gauge().value()).isNaN();
				assertThat(org.totalRequests()).isZero();
				context.getBean(FinancialForceClient.class).query("SELECT Name FROM Account").stream().count();
				assertThat(registry.get(FinancialForceApiUsageMetrics.USED).gauge().value()).isEqualTo(1234);
				assertThat(registry.get(FinancialForceApiUsageMetrics.MAX).gauge().value()).isEqualTo(5000);
			});
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.runner.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test")
			.withClassLoader(new FilteredClassLoader(MeterBinder.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FinancialForceApiUsageMetrics.class));
	}

}
