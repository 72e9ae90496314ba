package io.financialforce.core;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Checks record ids before they reach the API: 15 or 18 letters and digits.
 */
final class RecordIds {

	private RecordIds() {
	}

	static String require(@Nullable String id) {
		if (id == null) {
			throw new InvalidDataAccessApiUsageException("The record id must not be null");
		}
		boolean valid = id.length() == 15 || id.length() == 18;
		for (int i = 0; valid && i < id.length(); i++) {
			char c = id.charAt(i);
			valid = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}
		if (!valid) {
			throw new InvalidDataAccessApiUsageException("'" + id + "' is not a record id: ids are 15 or 18 letters"
					+ " and digits, e.g. 001000000000001AAA");
		}
		return id;
	}

}
