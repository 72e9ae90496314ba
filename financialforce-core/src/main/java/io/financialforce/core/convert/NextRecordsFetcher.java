package io.financialforce.core.convert;

import tools.jackson.core.JsonParser;

/**
 * Fetches the next page of a child subquery whose first page came with the parent record
 * ({@code "done": false, "nextRecordsUrl": "/services/data/v60.0/query/01g...-2000"}), so that child collections
 * are read in full, never truncated.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface NextRecordsFetcher {

	/**
	 * Opens the next page.
	 * @param nextRecordsUrl the URL the API gave, relative to the instance
	 * @return a parser over the page's JSON body ({@code {"totalSize":..,"done":..,"records":[...]}}), positioned
	 * before or at its {@code START_OBJECT}; the reader closes it
	 */
	JsonParser fetch(String nextRecordsUrl);

}
