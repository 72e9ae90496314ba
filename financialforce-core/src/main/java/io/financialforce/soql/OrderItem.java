package io.financialforce.soql;

import org.jspecify.annotations.Nullable;

/**
 * One key of {@code ORDER BY}: {@code c2g__DueDate__c DESC NULLS LAST}. Direction and null ordering are kept only when
 * written, so that rendering gives back what was parsed.
 *
 * @param expression a {@link FieldPath} or an aggregate {@link FunctionCall}
 * @param direction {@code ASC} or {@code DESC}, {@code null} when not written (ascending)
 * @param nulls {@code NULLS FIRST} or {@code NULLS LAST}, {@code null} when not written
 */
public record OrderItem(Expression expression, @Nullable Direction direction, @Nullable Nulls nulls) {

	public OrderItem {
		SoqlChecks.notNull(expression, "expression");
		if (expression instanceof Literal) {
			throw new IllegalArgumentException("ORDER BY keys must be fields or functions, not literals");
		}
	}

	/**
	 * Sort direction.
	 */
	public enum Direction {

		/** Ascending. */
		ASC,
		/** Descending. */
		DESC

	}

	/**
	 * Where nulls sort.
	 */
	public enum Nulls {

		/** {@code NULLS FIRST}. */
		FIRST,
		/** {@code NULLS LAST}. */
		LAST

	}

}
