package io.financialforce.autoconfigure;

import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.mapping.DescribeSource;
import io.financialforce.core.mapping.FinancialForceMappingContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Gives the auto-configured mapping context the client's describe calls once every singleton exists (repositories
 * included), so that each mapped type is checked against the org on its first use after the start — never while the
 * context starts, which must make no API call.
 */
final class LazyDescribeCheck implements SmartInitializingSingleton {

	private final ObjectProvider<FinancialForceClient> client;

	private final ObjectProvider<FinancialForceMappingContext> mappingContext;

	LazyDescribeCheck(ObjectProvider<FinancialForceClient> client,
			ObjectProvider<FinancialForceMappingContext> mappingContext) {
		this.client = client;
		this.mappingContext = mappingContext;
	}

	@Override
	public void afterSingletonsInstantiated() {
		FinancialForceClient client = this.client.getIfUnique();
		FinancialForceMappingContext mappingContext = this.mappingContext.getIfUnique();
		if (client != null && mappingContext != null) {
			mappingContext.setDescribeSource(DescribeSource.of(client));
		}
	}

}
