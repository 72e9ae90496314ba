package io.financialforce.soql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The immutable builder of a statement's clauses, started with {@link Soql#select(String...)}: each method returns a
 * new builder, so a builder can be shared and extended safely.
 */
public final class SelectBuilder {

	private final List<SelectItem> items;

	private final From from;

	private final @Nullable Condition where;

	private final List<OrderItem> orderBy;

	private final @Nullable Integer limit;

	private final @Nullable Integer offset;

	SelectBuilder(List<SelectItem> items, From from) {
		this(items, from, null, List.of(), null, null);
	}

	private SelectBuilder(List<SelectItem> items, From from, @Nullable Condition where, List<OrderItem> orderBy,
			@Nullable Integer limit, @Nullable Integer offset) {
		this.items = items;
		this.from = from;
		this.where = where;
		this.orderBy = orderBy;
		this.limit = limit;
		this.offset = offset;
	}

	/**
	 * Sets the {@code WHERE} condition, replacing any set before; combine conditions with
	 * {@link Condition#and(Condition)} and {@link Condition#or(Condition)}.
	 * @param condition the condition
	 * @return a new builder
	 */
	public SelectBuilder where(Condition condition) {
		return new SelectBuilder(this.items, this.from, SoqlChecks.notNull(condition, "condition"), this.orderBy,
				this.limit, this.offset);
	}

	/**
	 * Adds sort keys after any added before.
	 * @param keys the keys, e.g. {@link Soql#asc(String)}
	 * @return a new builder
	 */
	public SelectBuilder orderBy(OrderItem... keys) {
		List<OrderItem> orderBy = new ArrayList<>(this.orderBy);
		orderBy.addAll(Arrays.asList(SoqlChecks.notNull(keys, "keys")));
		return new SelectBuilder(this.items, this.from, this.where, List.copyOf(orderBy), this.limit, this.offset);
	}

	/**
	 * Sets {@code LIMIT}.
	 * @param limit the maximum number of rows, not negative
	 * @return a new builder
	 */
	public SelectBuilder limit(int limit) {
		return new SelectBuilder(this.items, this.from, this.where, this.orderBy, limit, this.offset);
	}

	/**
	 * Sets {@code OFFSET}.
	 * @param offset the number of rows to skip, not negative (Salesforce allows at most 2,000)
	 * @return a new builder
	 */
	public SelectBuilder offset(int offset) {
		return new SelectBuilder(this.items, this.from, this.where, this.orderBy, this.limit, offset);
	}

	/**
	 * Builds the statement.
	 * @return the statement
	 * @throws IllegalArgumentException if a clause is invalid, e.g. a negative limit
	 */
	public Select build() {
		return new Select(this.items, this.from, null, this.where, null, null, null, this.orderBy, this.limit,
				this.offset, null, null, false, false);
	}

}
