package io.financialforce.autoconfigure.observation;

import io.financialforce.client.observation.FinancialForceObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.observation.ObservationView;

import org.springframework.http.client.observation.ClientRequestObservationContext;

/**
 * Removes the query string of query URLs ({@code /query?q=<SOQL>}, {@code /queryAll?q=...}) from the
 * {@value #HTTP_URL} key of the HTTP client observations ({@code http.client.requests}) that run inside a
 * FinancialForce client operation, so that the SOQL text, which may hold personal or confidential values, reaches
 * traces only when {@code financialforce.observations.include-soql} is on. Other observations are left as they are.
 *
 * @since 0.1.0
 */
public final class QueryUrlObservationFilter implements ObservationFilter {

	/** The high-cardinality key of Spring's HTTP client observations that holds the request URL. */
	public static final String HTTP_URL = "http.url";

	@Override
	public Observation.Context map(Observation.Context context) {
		if (!(context instanceof ClientRequestObservationContext) || !insideClientOperation(context)) {
			return context;
		}
		KeyValue url = context.getHighCardinalityKeyValue(HTTP_URL);
		if (url == null) {
			return context;
		}
		String value = url.getValue();
		int query = value.indexOf('?');
		if (query > 0 && (value.startsWith("/query", value.lastIndexOf('/', query)))) {
			context.addHighCardinalityKeyValue(KeyValue.of(HTTP_URL, value.substring(0, query)));
		}
		return context;
	}

	private static boolean insideClientOperation(Observation.Context context) {
		ObservationView parent = context.getParentObservation();
		return parent != null && parent.getContextView() instanceof FinancialForceObservationContext;
	}

}
