package io.financialforce.sample.invoices;

import java.util.regex.Pattern;

/**
 * The shape of Salesforce record ids.
 */
final class RecordId {

	/** 15 or 18 letters and digits. */
	static final String PATTERN = "[a-zA-Z0-9]{15}|[a-zA-Z0-9]{18}";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private RecordId() {
	}

	static boolean isValid(String id) {
		return COMPILED.matcher(id).matches();
	}

}
