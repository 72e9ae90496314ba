package io.financialforce.emulator.org;

import java.util.List;

/**
 * One error of the API: {@code {"message","errorCode","fields"}}.
 *
 * @param errorCode e.g. {@code REQUIRED_FIELD_MISSING}
 * @param message the message
 * @param fields the fields concerned
 */
public record ApiError(String errorCode, String message, List<String> fields) {

	public ApiError {
		fields = List.copyOf(fields);
	}

	/**
	 * An error about no field in particular.
	 * @param errorCode the code
	 * @param message the message
	 * @return the error
	 */
	public static ApiError of(String errorCode, String message) {
		return new ApiError(errorCode, message, List.of());
	}

}
