package io.financialforce.soql;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code WHERE} or {@code HAVING} condition. Nesting mirrors the parentheses: an {@link And} inside an {@link Or}
 * (and vice versa) is always rendered in parentheses, as SOQL requires.
 */
public sealed interface Condition {

	/**
	 * {@code this AND other}; an {@link And} is extended rather than nested.
	 * @param other the other condition
	 * @return the conjunction
	 */
	default Condition and(Condition other) {
		SoqlChecks.notNull(other, "other");
		List<Condition> conditions = new ArrayList<>((this instanceof And and) ? and.conditions() : List.of(this));
		conditions.add(other);
		return new And(conditions);
	}

	/**
	 * {@code this OR other}; an {@link Or} is extended rather than nested.
	 * @param other the other condition
	 * @return the disjunction
	 */
	default Condition or(Condition other) {
		SoqlChecks.notNull(other, "other");
		List<Condition> conditions = new ArrayList<>((this instanceof Or or) ? or.conditions() : List.of(this));
		conditions.add(other);
		return new Or(conditions);
	}

	/**
	 * {@code left operator right}: {@code c2g__DueDate__c < 2024-01-31}, {@code Name LIKE 'Acme%'},
	 * {@code Id IN (SELECT ...)}.
	 *
	 * @param left a {@link FieldPath} or {@link FunctionCall}
	 * @param operator the operator
	 * @param right what is compared with: its kind must suit the operator
	 */
	record Comparison(Expression left, ComparisonOperator operator, Operand right) implements Condition {

		public Comparison {
			SoqlChecks.notNull(left, "left");
			SoqlChecks.notNull(operator, "operator");
			SoqlChecks.notNull(right, "right");
			if (left instanceof Literal) {
				throw new IllegalArgumentException(
						"The left side of a comparison must be a field or a function; SOQL compares fields with literals");
			}
			operator.checkOperand(right);
		}

	}

	/**
	 * {@code a AND b AND ...}.
	 *
	 * @param conditions two or more conditions
	 */
	record And(List<Condition> conditions) implements Condition {

		public And {
			conditions = atLeastTwo(conditions, "AND");
		}

	}

	/**
	 * {@code a OR b OR ...}.
	 *
	 * @param conditions two or more conditions
	 */
	record Or(List<Condition> conditions) implements Condition {

		public Or {
			conditions = atLeastTwo(conditions, "OR");
		}

	}

	/**
	 * {@code NOT condition}.
	 *
	 * @param condition the negated condition
	 */
	record Not(Condition condition) implements Condition {

		public Not {
			SoqlChecks.notNull(condition, "condition");
		}

	}

	private static List<Condition> atLeastTwo(List<Condition> conditions, String operator) {
		List<Condition> copy = List.copyOf(SoqlChecks.notNull(conditions, "conditions"));
		if (copy.size() < 2) {
			throw new IllegalArgumentException(operator + " needs at least two conditions");
		}
		return copy;
	}

}
