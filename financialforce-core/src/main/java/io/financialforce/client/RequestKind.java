package io.financialforce.client;

/**
 * The kinds of API request the client counts (see {@link FinancialForceClient#requestCount(RequestKind)}).
 */
public enum RequestKind {

	/** {@code GET /services/data}. */
	VERSIONS,
	/** {@code GET /limits}. */
	LIMITS,
	/** Global and per-object describe. */
	DESCRIBE,
	/** The first page of a query or queryAll. */
	QUERY,
	/** A further page of a query ({@code nextRecordsUrl}). */
	QUERY_MORE,
	/** Retrieve one record. */
	RETRIEVE,
	/** Create one record. */
	CREATE,
	/** Update one record. */
	UPDATE,
	/** Upsert one record by external id. */
	UPSERT,
	/** Delete one record. */
	DELETE,
	/** An sObject Collections call. */
	COLLECTION,
	/** A composite call. */
	COMPOSITE

}
