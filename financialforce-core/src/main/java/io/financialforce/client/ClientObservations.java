package io.financialforce.client;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.financialforce.client.observation.ClientOperation;
import io.financialforce.client.observation.DefaultFinancialForceObservationConvention;
import io.financialforce.client.observation.FinancialForceObservationContext;
import io.financialforce.client.observation.FinancialForceObservationConvention;
import io.financialforce.client.observation.FinancialForceObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Runs client operations as observations of {@link FinancialForceObservationDocumentation#CLIENT_OPERATION}, and
 * finds the operation being observed on the current thread so that {@link ApiTransport} can count its requests.
 * With {@link ObservationRegistry#NOOP} it costs one small object per operation.
 */
final class ClientObservations {

	private static final FinancialForceObservationConvention DEFAULT_CONVENTION =
			new DefaultFinancialForceObservationConvention();

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

	private final ObservationRegistry registry;

	private final @Nullable FinancialForceObservationConvention convention;

	private final String apiVersion;

	ClientObservations(ObservationRegistry registry, @Nullable FinancialForceObservationConvention convention,
			String apiVersion) {
		this.registry = registry;
		this.convention = convention;
		this.apiVersion = apiVersion;
	}

	/** A context; an sObject that is not a valid API name (the call will fail) is not used as a key value. */
	FinancialForceObservationContext context(ClientOperation operation, @Nullable String sObject) {
		String name = (sObject != null && NAME.matcher(sObject).matches()) ? sObject : null;
		return new FinancialForceObservationContext(operation, name, this.apiVersion);
	}

	<T> T observe(FinancialForceObservationContext context, Supplier<T> operation) {
		return observe(context, null, operation);
	}

	/**
	 * Runs the operation in a started observation whose scope is open on this thread, and stops it.
	 * @param parent the parent, or {@literal null} for the current observation
	 */
	<T> T observe(FinancialForceObservationContext context, @Nullable Observation parent, Supplier<T> operation) {
		if (this.registry.isNoop()) {
			return operation.get();
		}
		Observation observation = FinancialForceObservationDocumentation.CLIENT_OPERATION.observation(this.convention,
				DEFAULT_CONVENTION, () -> context, this.registry);
		if (parent != null) {
			observation.parentObservation(parent);
		}
		return observation.observe(operation);
	}

	/** The context of the client operation observed on this thread, if any. */
	@Nullable FinancialForceObservationContext current() {
		Observation current = this.registry.getCurrentObservation();
		return (current != null && current.getContext() instanceof FinancialForceObservationContext context) ? context
				: null;
	}

	@Nullable Observation currentObservation() {
		return this.registry.getCurrentObservation();
	}

}
