package io.financialforce;

import java.util.Locale;

/**
 * The categories errors of the API fall in, each with the exception it becomes.
 */
enum ErrorCategory {

	DUPLICATE, RESOURCE_USAGE, INTEGRITY, PERMISSION, AUTHENTICATION, REQUEST_LIMIT, LOCK, QUERY_TIMEOUT, NOT_FOUND,
	API_USAGE, RESOURCE_FAILURE, UNCATEGORIZED;

	static ErrorCategory of(ErrorBody body, int status) {
		if (body.errors().isEmpty()) {
			return ofStatus(status);
		}
		String code = body.errors().get(0).errorCode();
		if (body.kind() == ErrorBody.Kind.OAUTH || body.kind() == ErrorBody.Kind.SOAP) {
			return code.toLowerCase(Locale.ROOT).contains("limit_exceeded") ? REQUEST_LIMIT : AUTHENTICATION;
		}
		return ofCode(code, status);
	}

	static ErrorCategory ofCode(String code, int status) {
		if (code.startsWith("INSUFFICIENT_ACCESS")) {
			return PERMISSION;
		}
		return switch (code) {
			case "DUPLICATE_VALUE", "DUPLICATES_DETECTED" -> DUPLICATE;
			case "INVALID_FIELD", "MALFORMED_QUERY", "INVALID_TYPE", "INVALID_QUERY_FILTER_OPERATOR",
					"INVALID_QUERY_LOCATOR", "JSON_PARSER_ERROR", "METHOD_NOT_ALLOWED", "INVALID_SEARCH",
					"MALFORMED_SEARCH", "INVALID_FIELD_FOR_SOQL" ->
				RESOURCE_USAGE;
			case "REQUIRED_FIELD_MISSING", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "INVALID_FIELD_FOR_INSERT_UPDATE",
					"FIELD_INTEGRITY_EXCEPTION", "STRING_TOO_LONG", "INVALID_CROSS_REFERENCE_KEY",
					"NUMBER_OUTSIDE_VALID_RANGE", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "DELETE_FAILED",
					"FIELD_FILTER_VALIDATION_EXCEPTION", "INVALID_EMAIL_ADDRESS", "MALFORMED_ID", "INVALID_ID_FIELD",
					"CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY", "ENTITY_IS_LOCKED", "INVALID_TYPE_ON_FIELD_IN_RECORD",
					"ALL_OR_NONE_OPERATION_ROLLED_BACK", "PROCESSING_HALTED" ->
				INTEGRITY;
			case "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED", "FUNCTIONALITY_NOT_ENABLED" -> PERMISSION;
			case "INVALID_SESSION_ID", "INVALID_AUTH_HEADER", "INVALID_LOGIN", "LOGIN_MUST_USE_SECURITY_TOKEN",
					"INVALID_OPERATION_WITH_EXPIRED_PASSWORD", "PASSWORD_LOCKOUT" ->
				AUTHENTICATION;
			case "REQUEST_LIMIT_EXCEEDED", "TOO_MANY_REQUESTS", "CONCURRENT_REQUESTS_LIMIT_EXCEEDED" -> REQUEST_LIMIT;
			case "UNABLE_TO_LOCK_ROW" -> LOCK;
			case "QUERY_TIMEOUT" -> QUERY_TIMEOUT;
			case "NOT_FOUND", "ENTITY_IS_DELETED" -> NOT_FOUND;
			case "EXCEEDED_ID_LIMIT", "EXCEEDED_MAX_SUBREQUESTS", "UNSUPPORTED_API_VERSION",
					"INVALID_OPERATION", "INVALID_BATCH_SIZE" ->
				API_USAGE;
			case "SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION" -> RESOURCE_FAILURE;
			default -> (status >= 500) ? RESOURCE_FAILURE : ofStatus(status);
		};
	}

	private static ErrorCategory ofStatus(int status) {
		if (status == 401) {
			return AUTHENTICATION;
		}
		if (status == 403) {
			return PERMISSION;
		}
		if (status == 404) {
			return NOT_FOUND;
		}
		if (status == 429) {
			return REQUEST_LIMIT;
		}
		return (status >= 500 || status == 0) ? RESOURCE_FAILURE : UNCATEGORIZED;
	}

}
