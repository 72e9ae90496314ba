package io.financialforce.autoconfigure;

import io.financialforce.client.ApiVersion;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.mapping.DescribeSource;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The opt-in start-up check ({@code financialforce.validate-on-startup=true}): logs in, checks that the org serves
 * the configured API version, and checks every mapped type against the org's describe metadata, so that wrong
 * credentials or mappings fail the start rather than the first request.
 */
final class StartupValidation implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(StartupValidation.class);

	private final FinancialForceClient client;

	private final FinancialForceMappingContext mappingContext;

	StartupValidation(FinancialForceClient client, FinancialForceMappingContext mappingContext) {
		this.client = client;
		this.mappingContext = mappingContext;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ApiVersion version = this.client.checkApiVersion();
		this.mappingContext.setDescribeSource(DescribeSource.of(this.client));
		this.mappingContext.verifyAll();
		logger.info("FinancialForce start-up check passed: logged in, API {} served, {} mapped types match the org",
				version.version(), this.mappingContext.getPersistentEntities().size());
	}

}
