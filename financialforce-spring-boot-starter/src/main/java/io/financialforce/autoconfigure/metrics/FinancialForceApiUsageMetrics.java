package io.financialforce.autoconfigure.metrics;

import io.financialforce.client.ApiUsage;
import io.financialforce.client.FinancialForceClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Gauges of the org's daily API usage as the client's latest answer reported it (its {@code Sforce-Limit-Info}
 * header), so they cost no API call: {@value #USED} (requests used in the rolling 24 hours) and {@value #MAX} (the
 * org's allocation). Both are {@code NaN} until the first answer.
 *
 * @since 0.1.0
 */
public final class FinancialForceApiUsageMetrics implements MeterBinder {

	/** Gauge of the requests used. */
	public static final String USED = "financialforce.api.usage";

	/** Gauge of the allocation. */
	public static final String MAX = "financialforce.api.usage.max";

	private final FinancialForceClient client;

	/**
	 * Creates the binder.
	 * @param client the client whose answers report the usage
	 */
	public FinancialForceApiUsageMetrics(FinancialForceClient client) {
		Assert.notNull(client, "'client' must not be null");
		this.client = client;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(USED, this.client, FinancialForceApiUsageMetrics::used)
			.description("Daily API requests the org has used, as the latest answer reported")
			.baseUnit("requests")
			.strongReference(true)
			.register(registry);
		Gauge.builder(MAX, this.client, FinancialForceApiUsageMetrics::max)
			.description("Daily API requests the org is allocated")
			.baseUnit("requests")
			.strongReference(true)
			.register(registry);
	}

	private static double used(FinancialForceClient client) {
		return client.apiUsage().map(ApiUsage::used).map(Long::doubleValue).orElse(Double.NaN);
	}

	private static double max(FinancialForceClient client) {
		return client.apiUsage().map(ApiUsage::max).map(Long::doubleValue).orElse(Double.NaN);
	}

}
