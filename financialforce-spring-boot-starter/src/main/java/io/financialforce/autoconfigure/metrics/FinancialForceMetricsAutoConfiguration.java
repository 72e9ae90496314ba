package io.financialforce.autoconfigure.metrics;

import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.client.FinancialForceClient;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the API-usage gauges ({@link FinancialForceApiUsageMetrics}) when Micrometer is on the class
 * path; Spring Boot binds them to its meter registry.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = FinancialForceAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(FinancialForceClient.class)
public final class FinancialForceMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FinancialForceApiUsageMetrics financialForceApiUsageMetrics(FinancialForceClient client) {
		return new FinancialForceApiUsageMetrics(client);
	}

}
