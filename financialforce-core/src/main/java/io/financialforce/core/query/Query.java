package io.financialforce.core.query;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
 *
 * @param criteria the filter, {@link Criteria#empty()} for none
 * @param columns the properties or field names to read, empty for every mapped property
 * @param includes the relationship properties read in the same statement, in the order given
 * @param sort the sort, {@link Sort#unsorted()} for none
 * @param limit the most rows, {@code null} for no limit
 * @param offset the rows to skip
 * @param includeDeleted whether deleted records are read too ({@code queryAll})
 */
public record Query(Criteria criteria, List<String> columns, Set<String> includes, Sort sort, @Nullable Integer limit,
		long offset, boolean includeDeleted) {

	private static final Query EMPTY = query(Criteria.empty());

	public Query {
		Assert.notNull(criteria, "'criteria' must not be null");
		Assert.notNull(sort, "'sort' must not be null");
		Assert.isTrue(limit == null || limit >= 0, "'limit' must not be negative");
		Assert.isTrue(offset >= 0, "'offset' must not be negative");
		columns = List.copyOf(columns);
		includes = Collections.unmodifiableSet(new LinkedHashSet<>(includes));
	}

	/**
	 * A query matching {@code criteria}.
	 * @param criteria the filter
	 * @return the query
	 */
	public static Query query(Criteria criteria) {
		return new Query(criteria, List.of(), Set.of(), Sort.unsorted(), null, 0, false);
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
		return new Query(this.criteria, List.of(columns), this.includes, this.sort, this.limit, this.offset,
				this.includeDeleted);
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
		return new Query(this.criteria, this.columns, all, this.sort, this.limit, this.offset, this.includeDeleted);
	}

	/**
	 * Sorts by {@code sort}, after any sort already set.
	 * @param sort the sort
	 * @return the new query
	 */
	public Query sort(Sort sort) {
		Assert.notNull(sort, "'sort' must not be null");
		return new Query(this.criteria, this.columns, this.includes, this.sort.and(sort), this.limit, this.offset,
				this.includeDeleted);
	}

	/**
	 * Returns at most {@code limit} rows.
	 * @param limit the most rows, not negative
	 * @return the new query
	 */
	public Query limit(int limit) {
		return new Query(this.criteria, this.columns, this.includes, this.sort, limit, this.offset,
				this.includeDeleted);
	}

	/**
	 * Skips the first {@code offset} rows. The API caps {@code OFFSET} at 2,000; beyond it use keyset scrolling.
	 * @param offset the rows to skip, not negative
	 * @return the new query
	 */
	public Query offset(long offset) {
		return new Query(this.criteria, this.columns, this.includes, this.sort, this.limit, offset,
				this.includeDeleted);
	}

	/**
	 * Applies a page request: its sort, its page size as limit and its offset.
	 * @param pageable the page request
	 * @return the new query
	 */
	public Query with(Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		Query sorted = sort(pageable.getSort());
		return pageable.isUnpaged() ? sorted : sorted.limit(pageable.getPageSize()).offset(pageable.getOffset());
	}

	/**
	 * Also reads deleted records still in the recycle bin (and archived ones), through the API's {@code queryAll}.
	 * @return the new query
	 */
	public Query includingDeleted() {
		return new Query(this.criteria, this.columns, this.includes, this.sort, this.limit, this.offset, true);
	}

}
