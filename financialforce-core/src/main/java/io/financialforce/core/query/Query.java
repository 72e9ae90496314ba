package io.financialforce.core.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

/**
 * An immutable query on one mapped type: a {@link Criteria}, the properties to read, the relationships to fetch in the
 * same statement, a sort, a limit and an offset. Each method returns a new query:
 * <pre class="code">
 * query(where("c2g__InvoiceStatus__c").is("Complete")).sort(Sort.by("c2g__DueDate__c")).limit(50)
 * </pre>
 * The template turns it into one SOQL {@code SELECT}; nothing here is SOQL text.
 */
public final class Query {

	private static final Query EMPTY = new Query(Criteria.empty(), List.of(), Set.of(), Sort.unsorted(), null, 0);

	private final Criteria criteria;

	private final List<String> columns;

	private final Set<String> includes;

	private final Sort sort;

	private final @Nullable Integer limit;

	private final long offset;

	private Query(Criteria criteria, List<String> columns, Set<String> includes, Sort sort, @Nullable Integer limit,
			long offset) {
		this.criteria = criteria;
		this.columns = columns;
		this.includes = includes;
		this.sort = sort;
		this.limit = limit;
		this.offset = offset;
	}

	/**
	 * A query matching {@code criteria}.
	 * @param criteria the filter
	 * @return the query
	 */
	public static Query query(Criteria criteria) {
		Assert.notNull(criteria, "'criteria' must not be null");
		return new Query(criteria, List.of(), Set.of(), Sort.unsorted(), null, 0);
	}

	/**
	 * A query matching every row.
	 * @return the query
	 */
	public static Query empty() {
		return EMPTY;
	}

	/**
	 * Reads only these properties (or field API names); the id is always read. Without columns, every mapped
	 * property that is not a relationship is read.
	 * @param columns property names or field API names
	 * @return the new query
	 */
	public Query columns(String... columns) {
		Assert.noNullElements(columns, "'columns' must not hold null");
		return new Query(this.criteria, List.of(columns), this.includes, this.sort, this.limit, this.offset);
	}

	/**
	 * Also reads these relationship properties in the same statement: a parent reference through its path
	 * ({@code Account.Name}), a child collection through a subquery. Without it, relationships are not read.
	 * @param relationships names of parent-reference or child-collection properties
	 * @return the new query
	 */
	public Query include(String... relationships) {
		Assert.noNullElements(relationships, "'relationships' must not hold null");
		Set<String> all = new LinkedHashSet<>(this.includes);
		all.addAll(List.of(relationships));
		return new Query(this.criteria, this.columns, Set.copyOf(all), this.sort, this.limit, this.offset);
	}

	/**
	 * Sorts by {@code sort}, after any sort already set.
	 * @param sort the sort
	 * @return the new query
	 */
	public Query sort(Sort sort) {
		Assert.notNull(sort, "'sort' must not be null");
		return new Query(this.criteria, this.columns, this.includes, this.sort.and(sort), this.limit, this.offset);
	}

	/**
	 * Returns at most {@code limit} rows.
	 * @param limit the most rows, not negative
	 * @return the new query
	 */
	public Query limit(int limit) {
		Assert.isTrue(limit >= 0, "'limit' must not be negative");
		return new Query(this.criteria, this.columns, this.includes, this.sort, limit, this.offset);
	}

	/**
	 * Skips the first {@code offset} rows. The API caps {@code OFFSET} at 2,000; beyond it use keyset scrolling.
	 * @param offset the rows to skip, not negative
	 * @return the new query
	 */
	public Query offset(long offset) {
		Assert.isTrue(offset >= 0, "'offset' must not be negative");
		return new Query(this.criteria, this.columns, this.includes, this.sort, this.limit, offset);
	}

	/**
	 * Applies a page request: its sort, its page size as limit and its offset.
	 * @param pageable the page request
	 * @return the new query
	 */
	public Query with(Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		if (pageable.isUnpaged()) {
			return sort(pageable.getSort());
		}
		return new Query(this.criteria, this.columns, this.includes, this.sort.and(pageable.getSort()),
				pageable.getPageSize(), pageable.getOffset());
	}

	/**
	 * The filter.
	 * @return the criteria, {@link Criteria#empty()} for none
	 */
	public Criteria criteria() {
		return this.criteria;
	}

	/**
	 * The properties or field names to read.
	 * @return the columns, empty for all mapped properties
	 */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The relationships to read in the same statement.
	 * @return relationship property names
	 */
	public Set<String> includes() {
		return this.includes;
	}

	/**
	 * The sort.
	 * @return the sort, {@link Sort#unsorted()} for none
	 */
	public Sort sort() {
		return this.sort;
	}

	/**
	 * The limit.
	 * @return the most rows, or {@code null} for no limit
	 */
	public @Nullable Integer limit() {
		return this.limit;
	}

	/**
	 * The offset.
	 * @return the rows to skip
	 */
	public long offset() {
		return this.offset;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Query that && this.criteria.equals(that.criteria)
				&& this.columns.equals(that.columns) && this.includes.equals(that.includes)
				&& this.sort.equals(that.sort) && Objects.equals(this.limit, that.limit)
				&& this.offset == that.offset);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.criteria, this.columns, this.includes, this.sort, this.limit, this.offset);
	}

	@Override
	public String toString() {
		return "Query[criteria=" + this.criteria + ", columns=" + this.columns + ", includes=" + this.includes
				+ ", sort=" + this.sort + ", limit=" + this.limit + ", offset=" + this.offset + "]";
	}

}
