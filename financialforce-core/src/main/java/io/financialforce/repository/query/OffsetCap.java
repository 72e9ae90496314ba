package io.financialforce.repository.query;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * The API's cap on {@code OFFSET}: rows past the first 2,000 cannot be reached by offset, only by keyset scrolling.
 * Repositories check it before they send a query, so a page beyond the cap fails with a clear message instead of an
 * API error or wrong rows.
 */
public final class OffsetCap {

	/** The largest {@code OFFSET} the API accepts. */
	public static final long MAX_OFFSET = 2000;

	private OffsetCap() {
	}

	/**
	 * Checks that an offset is within the API's cap.
	 * @param offset the offset a query would use
	 * @param what what asked for it, for the message (a page request, a scroll position, ...)
	 * @throws InvalidDataAccessApiUsageException if the offset is beyond {@link #MAX_OFFSET}
	 */
	public static void check(long offset, String what) {
		if (offset > MAX_OFFSET) {
			throw new InvalidDataAccessApiUsageException("Cannot read " + what + " at offset " + offset
					+ ": the API caps OFFSET at " + MAX_OFFSET + " rows. Scroll by keyset instead: declare a "
					+ "repository method returning Window<T> with a ScrollPosition parameter and start it at "
					+ "ScrollPosition.keyset(); it reads any number of rows in the sort order and by Id.");
		}
	}

}
