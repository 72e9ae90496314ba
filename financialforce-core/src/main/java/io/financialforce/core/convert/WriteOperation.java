package io.financialforce.core.convert;

/**
 * The write a record body is made for; it decides which fields are sent.
 *
 * @since 0.1.0
 */
public enum WriteOperation {

	/** Create: createable fields with a value. */
	INSERT,

	/** Update by id: updateable fields with a value; the id goes in the URL, or in the record of a collection. */
	UPDATE,

	/**
	 * Upsert by external id: createable fields with a value; the external id goes in the URL, or in the record of a
	 * collection.
	 */
	UPSERT

}
