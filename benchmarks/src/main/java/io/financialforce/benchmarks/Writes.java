package io.financialforce.benchmarks;

import java.util.List;

/**
 * The write workloads on accounts, in each library's own way of calling the API.
 */
interface Writes {

	/**
	 * Creates accounts named {@code prefix + i}.
	 * @return their ids, in order
	 */
	List<String> insertAll(int count, String prefix);

	/**
	 * Renames accounts and changes their industry.
	 * @return how many were updated
	 */
	long updateAll(List<String> ids);

	/**
	 * Deletes accounts.
	 * @return how many were deleted
	 */
	long deleteAll(List<String> ids);

}
