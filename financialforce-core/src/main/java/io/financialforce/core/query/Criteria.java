package io.financialforce.core.query;

import java.util.ArrayList;
import java.util.List;

import io.financialforce.soql.ComparisonOperator;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An immutable filter, built fluently and turned into a SOQL {@code WHERE} condition when the query runs:
 * <pre class="code">
 * where("c2g__InvoiceStatus__c").is("Complete").and("c2g__DueDate__c").lessThan(LocalDate.now())
 * </pre>
 * Keys are property names of the queried entity (or paths through its parent references, {@code account.name}),
 * or field API names; either is checked against the mapping when the query runs, and an unknown key fails with a
 * message naming it. Values stay Java values until the SOQL renderer turns them into escaped literals.
 * <p>
 * {@code and} and {@code or} combine left to right with the criteria built so far: {@code a.and(b).or(c)} means
 * {@code (a AND b) OR c}. Pass a whole {@code Criteria} to group: {@code a.and(b.or(c))}.
 */
public sealed interface Criteria permits Criteria.Predicate, Criteria.Group, Criteria.Negation, Criteria.Empty {

	/**
	 * Starts a criteria on {@code key}.
	 * @param key a property name, property path or field API name
	 * @return the step that takes the operator
	 */
	static CriteriaStep where(String key) {
		Assert.hasText(key, "'key' must not be empty");
		return new DefaultCriteriaStep(key, null, null);
	}

	/**
	 * The criteria that matches everything (no {@code WHERE}).
	 * @return the empty criteria
	 */
	static Criteria empty() {
		return Empty.INSTANCE;
	}

	/**
	 * Negates a criteria: {@code NOT (...)}.
	 * @param criteria the criteria to negate
	 * @return the negation
	 */
	static Criteria not(Criteria criteria) {
		Assert.notNull(criteria, "'criteria' must not be null");
		Assert.isTrue(!(criteria instanceof Empty), "The empty criteria cannot be negated");
		return new Negation(criteria);
	}

	/**
	 * Continues with {@code AND} and a new key.
	 * @param key a property name, property path or field API name
	 * @return the step that takes the operator
	 */
	default CriteriaStep and(String key) {
		Assert.hasText(key, "'key' must not be empty");
		return new DefaultCriteriaStep(key, this, Combinator.AND);
	}

	/**
	 * Combines with another criteria by {@code AND}; the other one stays a group.
	 * @param other the other criteria
	 * @return the combination
	 */
	default Criteria and(Criteria other) {
		return combine(this, Combinator.AND, other);
	}

	/**
	 * Continues with {@code OR} and a new key.
	 * @param key a property name, property path or field API name
	 * @return the step that takes the operator
	 */
	default CriteriaStep or(String key) {
		Assert.hasText(key, "'key' must not be empty");
		return new DefaultCriteriaStep(key, this, Combinator.OR);
	}

	/**
	 * Combines with another criteria by {@code OR}; the other one stays a group.
	 * @param other the other criteria
	 * @return the combination
	 */
	default Criteria or(Criteria other) {
		return combine(this, Combinator.OR, other);
	}

	/**
	 * Whether this criteria filters nothing.
	 * @return {@code true} for {@link #empty()}
	 */
	default boolean isEmpty() {
		return this instanceof Empty;
	}

	private static Criteria combine(Criteria left, Combinator combinator, Criteria right) {
		Assert.notNull(right, "'other' must not be null");
		if (left instanceof Empty) {
			return right;
		}
		if (right instanceof Empty) {
			return left;
		}
		List<Criteria> parts = new ArrayList<>();
		if (left instanceof Group group && group.combinator() == combinator) {
			parts.addAll(group.parts());
		}
		else {
			parts.add(left);
		}
		parts.add(right);
		return new Group(combinator, parts);
	}

	/**
	 * {@code key operator value}.
	 *
	 * @param key a property name, property path or field API name
	 * @param operator the SOQL operator
	 * @param value a Java value (converted as the property's type requires), a {@code Collection} for {@code IN} and
	 * {@code INCLUDES}, a {@code LikePattern} for {@code LIKE}, a {@code Select} for semi-joins, or a SOQL
	 * {@code Literal} such as a relative date
	 */
	record Predicate(String key, ComparisonOperator operator, @Nullable Object value) implements Criteria {

		public Predicate {
			Assert.hasText(key, "'key' must not be empty");
			Assert.notNull(operator, "'operator' must not be null");
		}

	}

	/**
	 * Criteria joined by one combinator.
	 *
	 * @param combinator {@code AND} or {@code OR}
	 * @param parts two or more criteria
	 */
	record Group(Combinator combinator, List<Criteria> parts) implements Criteria {

		public Group {
			Assert.notNull(combinator, "'combinator' must not be null");
			parts = List.copyOf(parts);
			Assert.isTrue(parts.size() >= 2, "A group needs at least two criteria");
		}

	}

	/**
	 * {@code NOT criteria}.
	 *
	 * @param criteria the negated criteria
	 */
	record Negation(Criteria criteria) implements Criteria {

		public Negation {
			Assert.notNull(criteria, "'criteria' must not be null");
		}

	}

	/**
	 * No filter.
	 */
	final class Empty implements Criteria {

		private static final Empty INSTANCE = new Empty();

		private Empty() {
		}

		@Override
		public String toString() {
			return "Criteria.empty()";
		}

	}

	/**
	 * How the parts of a {@link Group} combine.
	 */
	enum Combinator {

		/** All parts hold. */
		AND,
		/** At least one part holds. */
		OR

	}

}
