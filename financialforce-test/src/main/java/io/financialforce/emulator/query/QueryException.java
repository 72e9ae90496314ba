package io.financialforce.emulator.query;

/**
 * A query the org refuses, with the API's error code ({@code MALFORMED_QUERY}, {@code INVALID_FIELD},
 * {@code INVALID_TYPE}, ...) and a message shaped like the real one.
 */
public class QueryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String errorCode;

	/**
	 * A refused query.
	 * @param errorCode the API's error code
	 * @param message the message, shaped like the org's
	 */
	public QueryException(String errorCode, String message) {
		super(message);
		this.errorCode = errorCode;
	}

	/**
	 * The API's error code.
	 * @return e.g. {@code INVALID_FIELD}
	 */
	public String errorCode() {
		return this.errorCode;
	}

}
