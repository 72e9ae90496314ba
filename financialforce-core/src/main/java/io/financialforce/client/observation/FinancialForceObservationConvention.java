package io.financialforce.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the observations of {@code FinancialForceClient} operations. Implement it (or extend
 * {@link DefaultFinancialForceObservationConvention}) to rename or add keys, and set it on the client builder.
 *
 * @since 0.1.0
 */
public interface FinancialForceObservationConvention extends ObservationConvention<FinancialForceObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof FinancialForceObservationContext;
	}

}
