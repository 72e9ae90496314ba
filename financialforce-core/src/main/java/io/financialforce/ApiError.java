package io.financialforce;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an error body of the Salesforce API, for example
 * {@code {"errorCode":"INVALID_FIELD","message":"No such column 'Bacon__c'","fields":["Bacon__c"]}}.
 * <p>
 * sObject Collections name the code {@code statusCode}, OAuth {@code error}; both are read into {@link #errorCode()}.
 *
 * @param errorCode the API's error code, for example {@code DUPLICATE_VALUE}
 * @param message the API's message
 * @param fields the fields the error is about, empty when none
 */
public record ApiError(@JsonAlias({ "statusCode", "error", "exceptionCode" }) String errorCode,
		@JsonAlias({ "error_description", "exceptionMessage" }) String message, List<String> fields) {

	/**
	 * Creates an error, normalizing {@literal null} values.
	 * @param errorCode the API's error code
	 * @param message the API's message
	 * @param fields the fields the error is about
	 */
	public ApiError(@Nullable String errorCode, @Nullable String message, @Nullable List<String> fields) {
		this.errorCode = (errorCode != null) ? errorCode : "UNKNOWN";
		this.message = (message != null) ? message : "";
		this.fields = (fields != null) ? List.copyOf(fields) : List.of();
	}

	/**
	 * Creates an error that names no field.
	 * @param errorCode the API's error code
	 * @param message the API's message
	 * @return the error
	 */
	public static ApiError of(String errorCode, String message) {
		return new ApiError(errorCode, message, List.of());
	}

	@Override
	public String toString() {
		return this.errorCode + ": " + this.message + (this.fields.isEmpty() ? "" : " " + this.fields);
	}

}
