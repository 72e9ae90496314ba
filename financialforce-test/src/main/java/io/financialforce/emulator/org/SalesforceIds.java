package io.financialforce.emulator.org;

/**
 * Record ids of the emulated org: three-character key prefix, a fixed {@code Dm00} instance part, eight base-62 digits
 * of the record's sequence number, and the three-character case-safe suffix of 18-character ids.
 */
public final class SalesforceIds {

	private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

	private static final String INSTANCE = "Dm00";

	private SalesforceIds() {
	}

	/**
	 * The 18-character id of a record.
	 * @param keyPrefix the object's key prefix
	 * @param sequence the record's sequence number (1-based)
	 * @return the id
	 */
	public static String id(String keyPrefix, long sequence) {
		char[] id = new char[18];
		keyPrefix.getChars(0, 3, id, 0);
		INSTANCE.getChars(0, 4, id, 3);
		long rest = sequence;
		for (int i = 14; i >= 7; i--) {
			id[i] = DIGITS.charAt((int) (rest % 62));
			rest /= 62;
		}
		for (int chunk = 0; chunk < 3; chunk++) {
			id[15 + chunk] = suffix(id, chunk);
		}
		return new String(id);
	}

	private static char suffix(CharSequence id, int chunk) {
		int bits = 0;
		for (int i = 0; i < 5; i++) {
			char c = id.charAt(chunk * 5 + i);
			if (c >= 'A' && c <= 'Z') {
				bits |= 1 << i;
			}
		}
		return SUFFIX_CHARS.charAt(bits);
	}

	private static char suffix(char[] id, int chunk) {
		int bits = 0;
		for (int i = 0; i < 5; i++) {
			char c = id[chunk * 5 + i];
			if (c >= 'A' && c <= 'Z') {
				bits |= 1 << i;
			}
		}
		return SUFFIX_CHARS.charAt(bits);
	}

	private static boolean suffixMatches(String id, boolean ignoreCase) {
		for (int chunk = 0; chunk < 3; chunk++) {
			char expected = suffix(id, chunk);
			char actual = id.charAt(15 + chunk);
			if (expected != actual && !(ignoreCase && Character.toUpperCase(actual) == expected)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Adds the case-safe suffix to a 15-character id.
	 * @param id15 the 15-character id
	 * @return the 18-character id
	 */
	public static String to18(String id15) {
		StringBuilder id = new StringBuilder(18).append(id15);
		for (int chunk = 0; chunk < 3; chunk++) {
			int bits = 0;
			for (int i = 0; i < 5; i++) {
				char c = id15.charAt(chunk * 5 + i);
				if (c >= 'A' && c <= 'Z') {
					bits |= 1 << i;
				}
			}
			id.append(SUFFIX_CHARS.charAt(bits));
		}
		return id.toString();
	}

	/**
	 * The sequence number of an id of this org.
	 * @param id a 15- or 18-character id
	 * @return the sequence number, or -1 if the id is not in this org's form
	 */
	public static long sequence(String id) {
		if ((id.length() != 15 && id.length() != 18) || !id.startsWith(INSTANCE, 3)) {
			return -1;
		}
		if (id.length() == 18 && !suffixMatches(id, false)) {
			return -1;
		}
		long sequence = 0;
		for (int i = 7; i < 15; i++) {
			int digit = DIGITS.indexOf(id.charAt(i));
			if (digit < 0) {
				return -1;
			}
			sequence = sequence * 62 + digit;
		}
		return sequence;
	}

	/**
	 * Whether a string looks like a record id (15 or 18 alphanumerics with a valid suffix).
	 * @param id the string
	 * @return true if it has an id's shape
	 */
	public static boolean isIdShaped(String id) {
		if (id.length() != 15 && id.length() != 18) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			if (DIGITS.indexOf(id.charAt(i)) < 0) {
				return false;
			}
		}
		return id.length() == 15 || suffixMatches(id, true);
	}

}
