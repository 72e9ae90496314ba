package io.financialforce.core.convert;

import org.springframework.dao.DataRetrievalFailureException;

/**
 * A record returned by the API could not be read into its mapped type: a value that does not fit the property, or
 * a record shape the reader cannot follow. The message names the sObject, the field, the property and the value.
 *
 * @since 0.1.0
 */
public class RecordReadException extends DataRetrievalFailureException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what could not be read, and what to do
	 */
	public RecordReadException(String message) {
		super(message);
	}

	/**
	 * Creates the exception.
	 * @param message what could not be read, and what to do
	 * @param cause the underlying failure
	 */
	public RecordReadException(String message, Throwable cause) {
		super(message, cause);
	}

}
