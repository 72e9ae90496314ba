package io.financialforce.autoconfigure.metrics;

import io.financialforce.client.observation.FinancialForceObservationContext;
import io.financialforce.client.observation.FinancialForceObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.Assert;

/**
 * Records the records of each successful client operation that reads or writes records (a query page, a retrieve,
 * a write, an sObject Collections call) in the distribution summary {@value #RECORDS}, tagged with the
 * {@code financialforce.operation} and {@code financialforce.sobject} of the operation.
 *
 * @since 0.1.0
 */
public final class FinancialForceRecordsObservationHandler
		implements ObservationHandler<FinancialForceObservationContext> {

	/** The distribution summary of records per operation. */
	public static final String RECORDS = "financialforce.client.records";

	private final ObjectProvider<MeterRegistry> meterRegistry;

	/**
	 * Creates the handler.
	 * @param meterRegistry where the summary goes, looked up when an operation completes
	 */
	public FinancialForceRecordsObservationHandler(ObjectProvider<MeterRegistry> meterRegistry) {
		Assert.notNull(meterRegistry, "'meterRegistry' must not be null");
		this.meterRegistry = meterRegistry;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof FinancialForceObservationContext;
	}

	@Override
	public void onStop(FinancialForceObservationContext context) {
		MeterRegistry registry = this.meterRegistry.getIfAvailable();
		if (context.getRecords() < 0 || context.getError() != null || registry == null) {
			return;
		}
		String sObject = context.getSObject();
		DistributionSummary.builder(RECORDS)
			.description("Records read or written per FinancialForce client operation")
			.baseUnit("records")
			.tag(LowCardinalityKeyNames.OPERATION.asString(), context.getOperation().value())
			.tag(LowCardinalityKeyNames.SOBJECT.asString(), (sObject != null) ? sObject : "none")
			.register(registry)
			.record(context.getRecords());
	}

}
