package io.financialforce.autoconfigure.metrics;

import io.financialforce.autoconfigure.observation.FinancialForceObservationInterceptor;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.Assert;

/**
 * Records the records of each observed API call ({@value FinancialForceObservationInterceptor#RECORDS}, a
 * high-cardinality key that timers leave out) in the distribution summary {@value #RECORDS}, tagged with the
 * operation and the sObject.
 *
 * @since 0.1.0
 */
public final class FinancialForceRecordsObservationHandler implements ObservationHandler<Observation.Context> {

	/** The distribution summary of records per call. */
	public static final String RECORDS = "financialforce.client.records";

	private static final String OPERATION = FinancialForceObservationInterceptor.OPERATION;

	private static final String SOBJECT = FinancialForceObservationInterceptor.SOBJECT;

	private final ObjectProvider<MeterRegistry> meterRegistry;

	/**
	 * Creates the handler.
	 * @param meterRegistry where the summary goes, looked up when a call completes
	 */
	public FinancialForceRecordsObservationHandler(ObjectProvider<MeterRegistry> meterRegistry) {
		Assert.notNull(meterRegistry, "'meterRegistry' must not be null");
		this.meterRegistry = meterRegistry;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return FinancialForceObservationInterceptor.OBSERVATION_NAME.equals(context.getName());
	}

	@Override
	public void onStop(Observation.Context context) {
		KeyValue records = context.getHighCardinalityKeyValue(FinancialForceObservationInterceptor.RECORDS);
		MeterRegistry registry = this.meterRegistry.getIfAvailable();
		if (records == null || registry == null) {
			return;
		}
		DistributionSummary.builder(RECORDS)
			.description("Records written, or read in a query page, per FinancialForce API call")
			.baseUnit("records")
			.tag(OPERATION, value(context, OPERATION))
			.tag(SOBJECT, value(context, SOBJECT))
			.register(registry)
			.record(Double.parseDouble(records.getValue()));
	}

	private static String value(Observation.Context context, String key) {
		KeyValue keyValue = context.getLowCardinalityKeyValue(key);
		return (keyValue != null) ? keyValue.getValue() : "none";
	}

}
