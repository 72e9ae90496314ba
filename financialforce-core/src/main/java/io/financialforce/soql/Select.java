package io.financialforce.soql;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A SOQL {@code SELECT} statement: the root of the syntax tree, also used for child-relationship subqueries and
 * semi-/anti-join subselects. Immutable; every list is an unmodifiable copy.
 *
 * @param items the select list, never empty
 * @param from the queried object (or, in a child subquery, the child relationship)
 * @param scope the {@code USING SCOPE} filter scope, if any
 * @param where the {@code WHERE} condition, if any
 * @param with the {@code WITH} clause, if any
 * @param groupBy the {@code GROUP BY} clause, if any
 * @param having the {@code HAVING} condition, if any
 * @param orderBy the {@code ORDER BY} keys, possibly empty
 * @param limit the {@code LIMIT}, if any
 * @param offset the {@code OFFSET}, if any
 * @param forClause {@code FOR VIEW} or {@code FOR REFERENCE}, if any
 * @param update {@code UPDATE TRACKING} or {@code UPDATE VIEWSTAT}, if any
 * @param forUpdate whether {@code FOR UPDATE} is present
 * @param allRows whether {@code ALL ROWS} is present
 */
public record Select(List<SelectItem> items, From from, @Nullable FilterScope scope, @Nullable Condition where,
		@Nullable WithClause with, @Nullable GroupBy groupBy, @Nullable Condition having, List<OrderItem> orderBy,
		@Nullable Integer limit, @Nullable Integer offset, @Nullable ForClause forClause, @Nullable UpdateClause update,
		boolean forUpdate, boolean allRows) {

	public Select {
		SoqlChecks.notNull(items, "items");
		SoqlChecks.notNull(from, "from");
		SoqlChecks.notNull(orderBy, "orderBy");
		items = List.copyOf(items);
		orderBy = List.copyOf(orderBy);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("A SELECT needs at least one select item");
		}
		if (limit != null && limit < 0) {
			throw new IllegalArgumentException("LIMIT must not be negative: " + limit);
		}
		if (offset != null && offset < 0) {
			throw new IllegalArgumentException("OFFSET must not be negative: " + offset);
		}
		if (having != null && groupBy == null) {
			throw new IllegalArgumentException("HAVING needs a GROUP BY");
		}
	}

}
