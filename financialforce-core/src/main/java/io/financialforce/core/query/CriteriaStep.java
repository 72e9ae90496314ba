package io.financialforce.core.query;

import java.util.Collection;

import io.financialforce.soql.Select;
import org.jspecify.annotations.Nullable;

/**
 * The operator step of a {@link Criteria}: what the key is compared with.
 */
public interface CriteriaStep {

	/**
	 * {@code key = value}; {@code is(null)} is {@link #isNull()}.
	 * @param value the value
	 * @return the criteria
	 */
	Criteria is(@Nullable Object value);

	/**
	 * {@code key != value}; SOQL's {@code !=} also matches nulls.
	 * @param value the value
	 * @return the criteria
	 */
	Criteria not(@Nullable Object value);

	/**
	 * {@code key < value}.
	 * @param value the value
	 * @return the criteria
	 */
	Criteria lessThan(Object value);

	/**
	 * {@code key <= value}.
	 * @param value the value
	 * @return the criteria
	 */
	Criteria lessThanOrEquals(Object value);

	/**
	 * {@code key > value}.
	 * @param value the value
	 * @return the criteria
	 */
	Criteria greaterThan(Object value);

	/**
	 * {@code key >= value}.
	 * @param value the value
	 * @return the criteria
	 */
	Criteria greaterThanOrEquals(Object value);

	/**
	 * {@code key >= from AND key <= to}.
	 * @param from the lower bound, included
	 * @param to the upper bound, included
	 * @return the criteria
	 */
	Criteria between(Object from, Object to);

	/**
	 * {@code key IN (values)}.
	 * @param values the values, at least one
	 * @return the criteria
	 */
	Criteria in(Collection<?> values);

	/**
	 * {@code key IN (values)}.
	 * @param values the values, at least one
	 * @return the criteria
	 */
	Criteria in(Object... values);

	/**
	 * A semi-join: {@code key IN (SELECT ...)}.
	 * @param subselect a select of one id or reference field
	 * @return the criteria
	 */
	Criteria in(Select subselect);

	/**
	 * {@code key NOT IN (values)}.
	 * @param values the values, at least one
	 * @return the criteria
	 */
	Criteria notIn(Collection<?> values);

	/**
	 * {@code key NOT IN (values)}.
	 * @param values the values, at least one
	 * @return the criteria
	 */
	Criteria notIn(Object... values);

	/**
	 * An anti-join: {@code key NOT IN (SELECT ...)}.
	 * @param subselect a select of one id or reference field
	 * @return the criteria
	 */
	Criteria notIn(Select subselect);

	/**
	 * {@code key LIKE pattern}, with {@code %} and {@code _} as wildcards and a backslash escaping them.
	 * @param pattern the pattern
	 * @return the criteria
	 */
	Criteria like(String pattern);

	/**
	 * {@code NOT key LIKE pattern}.
	 * @param pattern the pattern
	 * @return the criteria
	 */
	Criteria notLike(String pattern);

	/**
	 * Text starting with {@code prefix}; its {@code %} and {@code _} match themselves.
	 * @param prefix the prefix
	 * @return the criteria
	 */
	Criteria startsWith(String prefix);

	/**
	 * Text ending with {@code suffix}; its {@code %} and {@code _} match themselves.
	 * @param suffix the suffix
	 * @return the criteria
	 */
	Criteria endsWith(String suffix);

	/**
	 * Text containing {@code infix}; its {@code %} and {@code _} match themselves.
	 * @param infix the text to find
	 * @return the criteria
	 */
	Criteria contains(String infix);

	/**
	 * Text not containing {@code infix}.
	 * @param infix the text that must not occur
	 * @return the criteria
	 */
	Criteria notContains(String infix);

	/**
	 * A multi-select picklist holding any of the given values; a value {@code "a;b"} means both a and b.
	 * @param values the values, at least one
	 * @return the criteria
	 */
	Criteria includes(String... values);

	/**
	 * A multi-select picklist holding none of the given values.
	 * @param values the values, at least one
	 * @return the criteria
	 */
	Criteria excludes(String... values);

	/**
	 * {@code key = NULL} (for text, also the empty string).
	 * @return the criteria
	 */
	Criteria isNull();

	/**
	 * {@code key != NULL}.
	 * @return the criteria
	 */
	Criteria isNotNull();

	/**
	 * {@code key = TRUE}.
	 * @return the criteria
	 */
	Criteria isTrue();

	/**
	 * {@code key = FALSE}.
	 * @return the criteria
	 */
	Criteria isFalse();

}
