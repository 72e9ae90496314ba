package io.financialforce.emulator.query;

/**
 * The org's SOQL errors, with their codes and the shape of their messages (the last line of the real message; the
 * HTTP layer may prefix the query text and caret as the org does).
 */
final class QueryErrors {

	private static final String WSDL = "Please reference your WSDL or the describe call for the appropriate names.";

	private QueryErrors() {
	}

	static QueryException invalidType(String objectName) {
		return new QueryException("INVALID_TYPE", "sObject type '" + objectName + "' is not supported. "
				+ "If you are attempting to use a custom object, be sure to append the '__c' after the entity name. "
				+ WSDL);
	}

	static QueryException invalidField(String fieldName, String objectName) {
		return new QueryException("INVALID_FIELD", "No such column '" + fieldName + "' on entity '" + objectName
				+ "'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. "
				+ WSDL);
	}

	static QueryException unknownParentRelationship(String relationshipName) {
		return new QueryException("INVALID_FIELD", "Didn't understand relationship '" + relationshipName
				+ "' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' "
				+ "after the custom relationship name. " + WSDL);
	}

	static QueryException unknownChildRelationship(String relationshipName) {
		return new QueryException("INVALID_TYPE", "Didn't understand relationship '" + relationshipName
				+ "' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append "
				+ "the '__r' after the custom relationship name. " + WSDL);
	}

	static QueryException notAllowed(String fieldName, String what) {
		return new QueryException("INVALID_FIELD", "field '" + fieldName + "' can not be " + what + " in a query call");
	}

	static QueryException malformed(String message) {
		return new QueryException("MALFORMED_QUERY", message);
	}

	static QueryException filterOperator(String message) {
		return new QueryException("INVALID_QUERY_FILTER_OPERATOR", message);
	}

	static QueryException offsetTooLarge() {
		return new QueryException("NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");
	}

	static QueryException wrongType(String fieldName, String soapType, boolean quoted) {
		return filterOperator("value of filter criterion for field '" + fieldName + "' must be of type " + soapType
				+ (quoted ? " and should be enclosed in quotes" : " and should not be enclosed in quotes"));
	}

}
