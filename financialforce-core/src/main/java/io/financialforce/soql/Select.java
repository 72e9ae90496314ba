package io.financialforce.soql;

import java.util.List;
import java.util.Map;

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

	/**
	 * Renders this statement as canonical SOQL, the text sent to the API: upper-case keywords, single spaces, names as
	 * written, every value escaped.
	 * @return the SOQL text
	 * @throws IllegalStateException if the statement still holds a {@link BindParameter}: bind it first with
	 * {@link #bind(Map)} or {@link #bind(List)}
	 * @throws IllegalArgumentException if a value has no SOQL form (a date outside the years 0000-9999, a negative
	 * currency amount, a number of more than 400 digits)
	 */
	public String toSoql() {
		return SoqlRenderer.render(this, false);
	}

	/**
	 * Binds named parameters ({@code :name}): each becomes a literal made by {@link Literal#of(Object)}; for
	 * {@code IN}, {@code NOT IN}, {@code INCLUDES} and {@code EXCLUDES} a collection or array becomes a list of
	 * literals; for {@code LIKE} a {@link LikePattern}, or a string taken as a pattern ({@code %} and {@code _} are
	 * wildcards).
	 * @param values the values by parameter name; a {@code null} value becomes {@code NULL}
	 * @return a new statement without named parameters
	 * @throws IllegalArgumentException if a parameter has no value (naming it), is positional, or its value does not
	 * suit its operator
	 */
	public Select bind(Map<String, ?> values) {
		return SoqlBinder.bindNamed(this, values);
	}

	/**
	 * Binds positional parameters ({@code ?1} is the first value), as {@link #bind(Map)} does named ones.
	 * @param values the values in order
	 * @return a new statement without positional parameters
	 * @throws IllegalArgumentException if a parameter has no value (naming it), is named, or its value does not suit
	 * its operator
	 */
	public Select bind(List<?> values) {
		return SoqlBinder.bindPositional(this, values);
	}

	/**
	 * The bind parameters of this statement and its subqueries, each once, in the order they are written.
	 * @return the parameters, empty when the statement can be rendered as it is
	 */
	public List<BindParameter> parameters() {
		return SoqlBinder.parameters(this);
	}

	/**
	 * The statement as SOQL, with any bind parameters written as {@code :name} or {@code ?1}; never fails.
	 * @return the SOQL text, for display
	 */
	@Override
	public String toString() {
		try {
			return SoqlRenderer.render(this, true);
		}
		catch (IllegalArgumentException ex) {
			return "SELECT statement that cannot be rendered: " + ex.getMessage();
		}
	}

}
