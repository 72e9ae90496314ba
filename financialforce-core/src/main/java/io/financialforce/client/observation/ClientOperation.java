package io.financialforce.client.observation;

/**
 * The operations of {@code FinancialForceClient} that are observed, each with the value of the
 * {@code financialforce.operation} key.
 *
 * @since 0.1.0
 */
public enum ClientOperation {

	/** {@code GET /services/data}. */
	VERSIONS("versions"),
	/** {@code GET /limits}. */
	LIMITS("limits"),
	/** {@code GET /sobjects}. */
	DESCRIBE_GLOBAL("describeGlobal"),
	/** {@code GET /sobjects/{name}/describe}, when not answered from the client's cache. */
	DESCRIBE("describe"),
	/** The first page of a query. */
	QUERY("query"),
	/** The first page of a query including deleted and archived rows. */
	QUERY_ALL("queryAll"),
	/** A further page of a query ({@code nextRecordsUrl}). */
	QUERY_MORE("queryMore"),
	/** Reading one record by id. */
	RETRIEVE("retrieve"),
	/** Creating one record. */
	CREATE("create"),
	/** Updating one record. */
	UPDATE("update"),
	/** Upserting one record by external id. */
	UPSERT("upsert"),
	/** Deleting one record. */
	DELETE("delete"),
	/** Creating records with sObject Collections, all chunks of 200 in one observation. */
	CREATE_ALL("createAll"),
	/** Updating records with sObject Collections, all chunks of 200 in one observation. */
	UPDATE_ALL("updateAll"),
	/** Upserting records with sObject Collections, all chunks of 200 in one observation. */
	UPSERT_ALL("upsertAll"),
	/** Deleting records with sObject Collections, all chunks of 200 in one observation. */
	DELETE_ALL("deleteAll"),
	/** A composite call ({@code POST /composite}). */
	COMPOSITE("composite"),
	/** Obtaining a session from the client's authenticator, first or after the API rejected the session. */
	TOKEN("token");

	private final String value;

	ClientOperation(String value) {
		this.value = value;
	}

	/**
	 * The value of the operation key.
	 * @return the value, for example {@code queryMore}
	 */
	public String value() {
		return this.value;
	}

}
