package io.financialforce.client;

import org.springframework.util.Assert;

/**
 * Options of one query.
 *
 * @param batchSize the page size hint sent as {@code Sforce-Query-Options: batchSize=N} (200 to 2000), or {@code 0}
 * for the server's default (2000)
 * @param prefetch whether to fetch the next page on the client's prefetch executor as soon as the current page names
 * it, so that its request overlaps with reading the current page; worth it when every page will be read, one request
 * wasted when iteration stops before the last page
 */
public record QueryOptions(int batchSize, boolean prefetch) {

	/** The server's page size, no prefetch. */
	public static final QueryOptions DEFAULTS = new QueryOptions(0, false);

	/**
	 * Validates the options.
	 * @param batchSize {@code 0} or 200 to 2000
	 * @param prefetch whether to prefetch
	 */
	public QueryOptions {
		Assert.isTrue(batchSize == 0 || (batchSize >= 200 && batchSize <= 2000),
				"'batchSize' must be 0 (server default) or between 200 and 2000");
	}

	/**
	 * Options with a page size hint.
	 * @param batchSize 200 to 2000
	 * @return the options
	 */
	public static QueryOptions batchSize(int batchSize) {
		return new QueryOptions(batchSize, false);
	}

	/**
	 * These options with prefetching switched on.
	 * @return the options
	 */
	public QueryOptions withPrefetch() {
		return new QueryOptions(this.batchSize, true);
	}

}
