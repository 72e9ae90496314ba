package io.financialforce.soql;

import java.util.List;

/**
 * {@code GROUP BY keys}, {@code GROUP BY ROLLUP(keys)} or {@code GROUP BY CUBE(keys)}.
 *
 * @param type plain, rollup or cube
 * @param keys the grouping keys ({@link FieldPath}s or date functions), at least one
 */
public record GroupBy(Type type, List<Expression> keys) {

	public GroupBy {
		SoqlChecks.notNull(type, "type");
		keys = List.copyOf(SoqlChecks.notNull(keys, "keys"));
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("GROUP BY needs at least one key");
		}
		if (keys.stream().anyMatch(Literal.class::isInstance)) {
			throw new IllegalArgumentException("GROUP BY keys must be fields or functions, not literals");
		}
	}

	/**
	 * How rows are grouped.
	 */
	public enum Type {

		/** {@code GROUP BY a, b}. */
		PLAIN,
		/** {@code GROUP BY ROLLUP(a, b)}: adds subtotal rows. */
		ROLLUP,
		/** {@code GROUP BY CUBE(a, b)}: adds subtotals for every combination. */
		CUBE

	}

}
