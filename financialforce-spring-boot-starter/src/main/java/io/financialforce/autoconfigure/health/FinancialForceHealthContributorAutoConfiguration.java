package io.financialforce.autoconfigure.health;

import java.time.Clock;

import io.financialforce.autoconfigure.FinancialForceAutoConfiguration;
import io.financialforce.autoconfigure.FinancialForceProperties;
import io.financialforce.client.FinancialForceClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code financialforce} health indicator, when Spring Boot's health support is on the
 * class path and {@code management.health.financialforce.enabled} is not {@code false}. Honours
 * {@code financialforce.health.cache-time-to-live} and {@code financialforce.health.usage-warning-threshold}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = FinancialForceAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(FinancialForceClient.class)
@ConditionalOnEnabledHealthIndicator("financialforce")
public final class FinancialForceHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "financialforceHealthIndicator")
	FinancialForceHealthIndicator financialforceHealthIndicator(FinancialForceClient client,
			FinancialForceProperties properties) {
		FinancialForceProperties.Health health = properties.getHealth();
		return new FinancialForceHealthIndicator(client, health.getCacheTimeToLive(), health.getUsageWarningThreshold(),
				Clock.systemUTC());
	}

}
