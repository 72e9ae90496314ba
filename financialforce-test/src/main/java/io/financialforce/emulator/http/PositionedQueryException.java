package io.financialforce.emulator.http;

import io.financialforce.emulator.query.QueryException;

/**
 * A refused query whose error position is known (syntax errors).
 */
public final class PositionedQueryException extends QueryException {

	private static final long serialVersionUID = 1L;

	private final int line;

	private final int column;

	/**
	 * A refused query.
	 * @param errorCode the API's error code
	 * @param message the message
	 * @param line the line, from 1
	 * @param column the column, from 1
	 */
	public PositionedQueryException(String errorCode, String message, int line, int column) {
		super(errorCode, message);
		this.line = line;
		this.column = column;
	}

	public int line() {
		return this.line;
	}

	public int column() {
		return this.column;
	}

}
