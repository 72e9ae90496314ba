package io.financialforce.emulator.org;

import java.util.List;

/**
 * A failed API call: the HTTP status and the errors the body carries.
 */
public final class ApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final transient List<ApiError> errors;

	/**
	 * An API failure.
	 * @param status HTTP status
	 * @param errors errors, at least one
	 */
	public ApiException(int status, List<ApiError> errors) {
		super(errors.get(0).errorCode() + ": " + errors.get(0).message(), null, false, false);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	/**
	 * An API failure with one error.
	 * @param status HTTP status
	 * @param errorCode the code
	 * @param message the message
	 * @param fields the fields concerned
	 */
	public ApiException(int status, String errorCode, String message, String... fields) {
		this(status, List.of(new ApiError(errorCode, message, List.of(fields))));
	}

	/**
	 * A 400 failure with one error.
	 * @param errorCode the code
	 * @param message the message
	 * @param fields the fields concerned
	 * @return the exception
	 */
	public static ApiException badRequest(String errorCode, String message, String... fields) {
		return new ApiException(400, errorCode, message, fields);
	}

	/**
	 * The 404 of an unknown resource.
	 * @return the exception
	 */
	public static ApiException notFound() {
		return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
	}

	public int status() {
		return this.status;
	}

	public List<ApiError> errors() {
		return this.errors;
	}

}
