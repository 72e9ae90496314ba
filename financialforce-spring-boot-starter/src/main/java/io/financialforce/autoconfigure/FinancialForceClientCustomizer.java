package io.financialforce.autoconfigure;

import io.financialforce.client.FinancialForceClientBuilder;

/**
 * Customizes the auto-configured {@link io.financialforce.client.FinancialForceClient} before it is built, for
 * example to set a prefetch executor or a retry policy the properties do not offer. Beans of this type are applied in
 * {@link org.springframework.core.Ordered order}, after the properties.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FinancialForceClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already configured from {@code financialforce.*} properties
	 */
	void customize(FinancialForceClientBuilder builder);

}
