package io.financialforce;

import java.util.Locale;

/**
 * What to do about an error of the API: one sentence per error code, or per category when the code is unknown.
 */
final class ErrorHints {

	private ErrorHints() {
	}

	static String hint(ApiError error, ErrorCategory category) {
		String code = error.errorCode();
		String message = error.message().toLowerCase(Locale.ROOT);
		String hint = switch (code) {
			case "INVALID_FIELD" -> "Check the field names against describe and the user's field-level security.";
			case "MALFORMED_QUERY" -> "Fix the SOQL syntax at the position the message shows.";
			case "INVALID_TYPE" -> "Check the sObject name (custom objects end in __c, managed ones carry a namespace"
					+ " such as c2g__) and the user's object permissions.";
			case "DUPLICATE_VALUE" -> "A unique or external id field already holds this value; update the existing"
					+ " record or upsert by the external id.";
			case "REQUIRED_FIELD_MISSING" -> "Set the required fields named.";
			case "FIELD_CUSTOM_VALIDATION_EXCEPTION" -> "A validation rule of the org rejected the record; fix the"
					+ " values it names.";
			case "INVALID_FIELD_FOR_INSERT_UPDATE" -> "The field is not createable or updateable for this user; leave"
					+ " it out of the write.";
			case "REQUEST_LIMIT_EXCEEDED" -> "The org's API request allocation is used up; wait, or spend fewer"
					+ " calls (sObject Collections, composite, Bulk API).";
			case "UNABLE_TO_LOCK_ROW" -> "Another transaction holds the record; retry later.";
			case "QUERY_TIMEOUT" -> "Narrow the query with selective filters (indexed fields) or retry.";
			case "NOT_FOUND", "ENTITY_IS_DELETED" -> "The record or resource does not exist or was deleted.";
			case "INVALID_SESSION_ID" -> "The session expired or was revoked; configure a mode that can"
					+ " re-authenticate (JWT bearer, client credentials, refresh token).";
			case "INVALID_LOGIN" -> "Check the username, the password and the security token appended to it (or"
					+ " allow the caller's IP range); prefer JWT bearer or client credentials.";
			case "LOGIN_MUST_USE_SECURITY_TOKEN" -> "Append the user's security token to the password, or allow the"
					+ " caller's IP range; prefer JWT bearer or client credentials.";
			case "API_DISABLED_FOR_ORG" -> "Enable API access for the org and the user's profile.";
			case "UNSUPPORTED_API_VERSION" -> "Use an API version the org lists at /services/data.";
			case "EXCEEDED_ID_LIMIT" -> "Send at most 200 records per sObject Collections call.";
			case "invalid_client_id" -> "Check the client id (consumer key) of the connected app.";
			case "invalid_client" -> "Check the client id and client secret of the connected app.";
			case "unsupported_grant_type" -> "Enable this OAuth flow on the connected app.";
			case "inactive_user", "inactive_org" -> "Activate the user or the org.";
			case "invalid_grant" -> invalidGrant(message);
			default -> null;
		};
		return (hint != null) ? hint : hint(category);
	}

	private static String invalidGrant(String message) {
		if (message.contains("audience")) {
			return "Set the JWT audience to https://login.salesforce.com, https://test.salesforce.com or the"
					+ " community URL.";
		}
		if (message.contains("approved")) {
			return "Pre-authorize the user for the connected app (admin-approved users) or run the consent flow once.";
		}
		if (message.contains("expired")) {
			return "The refresh token or authorization code expired or was revoked; run the consent flow again.";
		}
		if (message.contains("not supported on this domain")) {
			return "Use the org's My Domain URL as login URL for the client credentials flow.";
		}
		if (message.contains("client credentials user")) {
			return "Set a Run As user for the client credentials flow on the connected app.";
		}
		return "Check the username, the client id, and the certificate, secret or password the flow uses.";
	}

	private static String hint(ErrorCategory category) {
		return switch (category) {
			case DUPLICATE -> "Update the existing record instead.";
			case RESOURCE_USAGE -> "Check the object, field and query text against describe.";
			case INTEGRITY -> "Fix the record values the message names.";
			case PERMISSION -> "Grant the integration user the object and record permissions the call needs.";
			case AUTHENTICATION -> "Check the credentials and the connected app.";
			case REQUEST_LIMIT -> "Wait, or spend fewer API calls.";
			case LOCK, QUERY_TIMEOUT -> "Retry later.";
			case NOT_FOUND -> "The record or resource does not exist.";
			case API_USAGE -> "Change the call as the message says.";
			case RESOURCE_FAILURE -> "Salesforce or the network failed; retry later, and check status.salesforce.com.";
			case UNCATEGORIZED -> "See the API's error code and message.";
		};
	}

}
