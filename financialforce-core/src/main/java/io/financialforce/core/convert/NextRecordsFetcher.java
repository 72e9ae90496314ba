package io.financialforce.core.convert;

import java.util.List;


/**
 * Fetches the further pages of a child subquery whose first page came with the parent record
 * ({@code "done": false, "nextRecordsUrl": "/services/data/v65.0/query/01g...-2000"}), so that child collections
 * are read in full, never truncated.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface NextRecordsFetcher {

	/**
	 * Reads every remaining record, following {@code nextRecordsUrl} from page to page.
	 * @param nextRecordsUrl the URL of the next page, as the API gave it
	 * @param reader reads one child record (the client's record reader)
	 * @return the records of all remaining pages, in order
	 */
	List<Object> fetchRemaining(String nextRecordsUrl, io.financialforce.client.RecordReader<Object> reader);

}
