package io.financialforce.autoconfigure.metrics;

import java.util.Map;

import io.financialforce.autoconfigure.FakeOrg;
import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.observation.DefaultFinancialForceObservationConvention;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
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
	void timesEveryOperationAndSummarizesItsRecordsWithSpringBootsMetrics() {
		FakeOrg org = new FakeOrg(this.server);
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					FinancialForceAutoConfiguration.class, FinancialForceMetricsAutoConfiguration.class))
			.withPropertyValues("financialforce.login-url=" + org.url(), "financialforce.oauth.client-id=app",
					"financialforce.oauth.client-secret=s")
			.run((context) -> {
				context.getBean(FinancialForceClient.class).query("SELECT Name FROM Account").stream().count();
				context.getBean(FinancialForceClient.class).create("Account", Map.of("Name", "Acme"));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				Timer queries = registry.get(DefaultFinancialForceObservationConvention.NAME)
					.tag("financialforce.operation", "query")
					.tag("financialforce.sobject", "Account")
					.tag("financialforce.api.version", "65.0")
					.tag("outcome", "SUCCESS")
					.tag("status", "200")
					.tag("financialforce.error", "none")
					.timer();
				assertThat(queries.count()).isOne();
				DistributionSummary queried = registry.get(FinancialForceRecordsObservationHandler.RECORDS)
					.tag("financialforce.operation", "query")
					.summary();
				assertThat(queried.totalAmount()).isEqualTo(3);
				DistributionSummary created = registry.get(FinancialForceRecordsObservationHandler.RECORDS)
					.tag("financialforce.operation", "create")
					.tag("financialforce.sobject", "Account")
					.summary();
				assertThat(created.totalAmount()).isEqualTo(1);
			});
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.runner.withPropertyValues("financialforce.access-token=t", "financialforce.instance-url=https://x.test")
			.withClassLoader(new FilteredClassLoader(MeterBinder.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FinancialForceApiUsageMetrics.class));
	}

}
