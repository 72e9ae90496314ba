package io.financialforce.core;

import java.util.List;

/**
 * How a query runs, as {@link FinancialForceOperations#explain} tells it.
 *
 * @param soql the SOQL statement sent to the API
 * @param clientSide what runs in the application rather than in the org; empty when everything is pushed down
 * @param minimumRequests the fewest API requests the query can cost (one per page of results)
 * @param maximumRequests the most API requests it can cost, or {@code -1} when that depends on the size of the result
 * (no limit)
 */
public record QueryPlan(String soql, List<String> clientSide, int minimumRequests, int maximumRequests) {

	public QueryPlan {
		clientSide = List.copyOf(clientSide);
	}

}
