package io.financialforce.core.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" suggestions for misspelt API names, by edit distance (ignoring case, and treating a forgotten
 * namespace or {@code __c} suffix as a near miss).
 */
final class Suggestions {

	private static final int MAX_SUGGESTIONS = 3;

	private Suggestions() {
	}

	/**
	 * The candidates closest to a name.
	 * @return up to three candidates, closest first; empty when none is close
	 */
	static List<String> closestTo(String name, List<String> candidates) {
		String wanted = name.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, wanted.length() / 3);
		record Scored(String candidate, int distance) {
		}
		return candidates.stream()
			.map((candidate) -> new Scored(candidate, distance(wanted, candidate.toLowerCase(Locale.ROOT))))
			.filter((scored) -> scored.distance() <= limit)
			.sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
			.limit(MAX_SUGGESTIONS)
			.map(Scored::candidate)
			.toList();
	}

	/** The message tail for suggestions: {@code "; did you mean A or B?"}, or empty. */
	static String didYouMean(String name, List<String> candidates) {
		List<String> closest = closestTo(name, candidates);
		return closest.isEmpty() ? "" : "; did you mean " + String.join(" or ", closest) + "?";
	}

	private static int distance(String a, String b) {
		if (bare(a).equals(bare(b))) {
			return 1;
		}
		return levenshtein(a, b);
	}

	/** A name without namespace prefix and custom suffix: {@code c2g__duedate__c} → {@code duedate}. */
	private static String bare(String name) {
		String bare = name.replaceFirst("__[a-z]$", "");
		int namespace = bare.indexOf("__");
		return (namespace >= 0) ? bare.substring(namespace + 2) : bare;
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
