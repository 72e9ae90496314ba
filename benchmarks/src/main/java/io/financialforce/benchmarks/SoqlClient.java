package io.financialforce.benchmarks;

/**
 * What a library that takes SOQL text offers, called its natural way: its own query paging, its own read by id.
 */
interface SoqlClient {

	/**
	 * Runs a query through all of its pages.
	 * @param soql the statement
	 * @param keep whether to keep every record in one list (as {@code findAll} would) or let each page go
	 * @return the records read
	 */
	long query(String soql, boolean keep);

	/**
	 * Runs a {@code SELECT COUNT()} statement.
	 * @return the count
	 */
	long count(String soql);

	/**
	 * Reads one invoice by id with {@link Entities#INVOICE_FIELDS}.
	 * @return 1 if found, else 0
	 */
	long findInvoice(String id);

}
