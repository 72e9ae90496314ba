package io.financialforce.benchmarks;

/**
 * The read workloads, each returning how many records it read, so that every library does the same work.
 */
interface Reads {

	/** Every invoice, up to {@code limit}, kept in a list. */
	long findAll(int limit);

	/** Every invoice, kept in a list. */
	long findAll();

	/** The invoices whose name starts with a prefix: a derived query. */
	long findByNamePrefix(String prefix);

	/** How many invoices there are. */
	long count();

	/** Whether a complete invoice exists: 1 or 0. */
	long exists();

	/** One invoice by id: 1 or 0. */
	long findById(String id);

	/** A page of invoices ordered by id, at an offset. */
	long pageAt(int offset, int size);

	/** The invoices after an id, ordered by id: a keyset window. */
	long windowAfter(String lastId, int size);

	/** Every invoice, page by page, without keeping them. */
	long stream();

}
