package io.financialforce.soql;

/**
 * Argument checks shared by the syntax tree's records (kept free of Spring so the emulator can use this package alone).
 */
final class SoqlChecks {

	private SoqlChecks() {
	}

	static <T> T notNull(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		return value;
	}

	/**
	 * Checks one SOQL name (object, field, relationship, alias): a letter, then letters, digits and underscores, so
	 * that {@code Name}, {@code c2g__codaInvoice__c} and {@code c2g__InvoiceLineItems__r} pass and nothing that could
	 * change the statement does.
	 * @param name the candidate name
	 * @param what what the name is, for the error message
	 * @return the name
	 */
	static String identifier(String name, String what) {
		notNull(name, what);
		boolean valid = !name.isEmpty() && isLetter(name.charAt(0));
		for (int i = 1; valid && i < name.length(); i++) {
			char c = name.charAt(i);
			valid = isLetter(c) || (c >= '0' && c <= '9') || c == '_';
		}
		if (!valid) {
			throw new IllegalArgumentException("Invalid SOQL " + what + " '" + name
					+ "': a name starts with a letter and has only letters, digits and underscores");
		}
		return name;
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
