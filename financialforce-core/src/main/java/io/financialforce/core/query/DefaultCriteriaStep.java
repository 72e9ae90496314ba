package io.financialforce.core.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import io.financialforce.core.query.Criteria.Combinator;
import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.LikePattern;
import io.financialforce.soql.Select;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The {@link CriteriaStep} that appends its predicate to the criteria built so far.
 */
final class DefaultCriteriaStep implements CriteriaStep {

	private final String key;

	private final @Nullable Criteria previous;

	private final @Nullable Combinator combinator;

	DefaultCriteriaStep(String key, @Nullable Criteria previous, @Nullable Combinator combinator) {
		this.key = key;
		this.previous = previous;
		this.combinator = combinator;
	}

	@Override
	public Criteria is(@Nullable Object value) {
		return complete(ComparisonOperator.EQUALS, value);
	}

	@Override
	public Criteria not(@Nullable Object value) {
		return complete(ComparisonOperator.NOT_EQUALS, value);
	}

	@Override
	public Criteria lessThan(Object value) {
		return complete(ComparisonOperator.LESS_THAN, required(value));
	}

	@Override
	public Criteria lessThanOrEquals(Object value) {
		return complete(ComparisonOperator.LESS_THAN_OR_EQUAL, required(value));
	}

	@Override
	public Criteria greaterThan(Object value) {
		return complete(ComparisonOperator.GREATER_THAN, required(value));
	}

	@Override
	public Criteria greaterThanOrEquals(Object value) {
		return complete(ComparisonOperator.GREATER_THAN_OR_EQUAL, required(value));
	}

	@Override
	public Criteria between(Object from, Object to) {
		Criteria range = new Criteria.Group(Combinator.AND,
				List.of(new Criteria.Predicate(this.key, ComparisonOperator.GREATER_THAN_OR_EQUAL, required(from)),
						new Criteria.Predicate(this.key, ComparisonOperator.LESS_THAN_OR_EQUAL, required(to))));
		return append(range);
	}

	@Override
	public Criteria in(Collection<?> values) {
		return complete(ComparisonOperator.IN, values(values));
	}

	@Override
	public Criteria in(Object... values) {
		return in(Arrays.asList(values));
	}

	@Override
	public Criteria in(Select subselect) {
		return complete(ComparisonOperator.IN, required(subselect));
	}

	@Override
	public Criteria notIn(Collection<?> values) {
		return complete(ComparisonOperator.NOT_IN, values(values));
	}

	@Override
	public Criteria notIn(Object... values) {
		return notIn(Arrays.asList(values));
	}

	@Override
	public Criteria notIn(Select subselect) {
		return complete(ComparisonOperator.NOT_IN, required(subselect));
	}

	@Override
	public Criteria like(String pattern) {
		return complete(ComparisonOperator.LIKE, new LikePattern(required(pattern)));
	}

	@Override
	public Criteria notLike(String pattern) {
		return append(Criteria.not(new Criteria.Predicate(this.key, ComparisonOperator.LIKE, new LikePattern(required(pattern)))));
	}

	@Override
	public Criteria startsWith(String prefix) {
		return complete(ComparisonOperator.LIKE, LikePattern.startingWith(required(prefix)));
	}

	@Override
	public Criteria endsWith(String suffix) {
		return complete(ComparisonOperator.LIKE, LikePattern.endingWith(required(suffix)));
	}

	@Override
	public Criteria contains(String infix) {
		return complete(ComparisonOperator.LIKE, LikePattern.containing(required(infix)));
	}

	@Override
	public Criteria notContains(String infix) {
		return append(Criteria.not(new Criteria.Predicate(this.key, ComparisonOperator.LIKE, LikePattern.containing(required(infix)))));
	}

	@Override
	public Criteria includes(String... values) {
		return complete(ComparisonOperator.INCLUDES, values(Arrays.asList(values)));
	}

	@Override
	public Criteria excludes(String... values) {
		return complete(ComparisonOperator.EXCLUDES, values(Arrays.asList(values)));
	}

	@Override
	public Criteria isNull() {
		return complete(ComparisonOperator.EQUALS, null);
	}

	@Override
	public Criteria isNotNull() {
		return complete(ComparisonOperator.NOT_EQUALS, null);
	}

	@Override
	public Criteria isTrue() {
		return complete(ComparisonOperator.EQUALS, Boolean.TRUE);
	}

	@Override
	public Criteria isFalse() {
		return complete(ComparisonOperator.EQUALS, Boolean.FALSE);
	}

	private Criteria complete(ComparisonOperator operator, @Nullable Object value) {
		return append(new Criteria.Predicate(this.key, operator, value));
	}

	private Criteria append(Criteria criteria) {
		if (this.previous == null || this.combinator == null) {
			return criteria;
		}
		return (this.combinator == Combinator.AND) ? this.previous.and(criteria) : this.previous.or(criteria);
	}

	private <T> T required(@Nullable T value) {
		Assert.notNull(value, () -> "The value compared with '" + this.key + "' must not be null; use isNull()");
		return value;
	}

	private List<?> values(@Nullable Collection<?> values) {
		Assert.notEmpty(values, () -> "The values compared with '" + this.key + "' must not be empty");
		Assert.noNullElements(values, () -> "The values compared with '" + this.key + "' must not hold null");
		return List.copyOf(values);
	}

}
