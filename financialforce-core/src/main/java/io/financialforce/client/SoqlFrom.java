package io.financialforce.client;

import org.jspecify.annotations.Nullable;

/**
 * Finds the sObject of the outer {@code FROM} of a SOQL query, skipping subqueries and string literals; it names the
 * sObject of a query's observations.
 */
final class SoqlFrom {

	private SoqlFrom() {
	}

	static @Nullable String objectOf(String soql) {
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < soql.length(); i++) {
			char c = soql.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				}
				else if (c == '\'') {
					quoted = false;
				}
			}
			else if (c == '\'') {
				quoted = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (depth == 0 && isFrom(soql, i)) {
				int start = i + 4;
				while (start < soql.length() && Character.isWhitespace(soql.charAt(start))) {
					start++;
				}
				int end = start;
				while (end < soql.length() && (Character.isLetterOrDigit(soql.charAt(end)) || soql.charAt(end) == '_')) {
					end++;
				}
				return (end > start) ? soql.substring(start, end) : null;
			}
		}
		return null;
	}

	private static boolean isFrom(String soql, int i) {
		return soql.regionMatches(true, i, "FROM", 0, 4) && (i == 0 || Character.isWhitespace(soql.charAt(i - 1)))
				&& i + 4 < soql.length() && Character.isWhitespace(soql.charAt(i + 4));
	}

}
