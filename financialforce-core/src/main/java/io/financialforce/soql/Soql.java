package io.financialforce.soql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds SOQL syntax trees in code, safely: values always become {@link Literal}s (never text) and names are
 * validated, so nothing a caller passes can change the statement around it.
 *
 * <pre class="code">
 * Select select = Soql.select("Id", "Name")
 *     .from("Account")
 *     .where(Soql.field("Name").eq(name).and(Soql.field("CreatedDate").ge(since)))
 *     .orderBy(Soql.desc("CreatedDate"))
 *     .limit(10)
 *     .build();
 * </pre>
 */
public final class Soql {

	private Soql() {
	}

	/**
	 * Starts a statement selecting field paths.
	 * @param fields dotted paths such as {@code Name} or {@code Account.Owner.Name}, at least one
	 * @return the next step, which names the object
	 * @throws IllegalArgumentException if a path is not made of valid SOQL names
	 */
	public static SelectStep select(String... fields) {
		SoqlChecks.notNull(fields, "fields");
		List<SelectItem> items = new ArrayList<>(fields.length);
		for (String field : fields) {
			items.add(new SelectItem.Field(FieldPath.of(field), null));
		}
		return new SelectStep(items);
	}

	/**
	 * Starts a statement with any select items: functions, subqueries, {@code TYPEOF}, {@code FIELDS(...)}.
	 * @param items the select items, at least one
	 * @return the next step, which names the object
	 */
	public static SelectStep select(SelectItem... items) {
		return new SelectStep(List.of(SoqlChecks.notNull(items, "items")));
	}

	/**
	 * {@code COUNT()}: the select item of a statement that counts rows.
	 * @return the select item
	 */
	public static SelectItem count() {
		return new SelectItem.Field(FunctionCall.of(SoqlFunction.COUNT), null);
	}

	/**
	 * Starts a condition on a field.
	 * @param path a dotted path such as {@code Name} or {@code Account.Name}
	 * @return the step that compares the field with values
	 * @throws IllegalArgumentException if the path is not made of valid SOQL names
	 */
	public static FieldStep field(String path) {
		return new FieldStep(FieldPath.of(path));
	}

	/**
	 * Starts a condition on a field path or function call, such as {@code CALENDAR_YEAR(CloseDate)}.
	 * @param expression the left-hand side
	 * @return the step that compares it with values
	 */
	public static FieldStep field(Expression expression) {
		return new FieldStep(expression);
	}

	/**
	 * {@code a AND b AND ...}.
	 * @param conditions two or more conditions
	 * @return the conjunction
	 */
	public static Condition and(Condition... conditions) {
		return new Condition.And(Arrays.asList(SoqlChecks.notNull(conditions, "conditions")));
	}

	/**
	 * {@code a OR b OR ...}.
	 * @param conditions two or more conditions
	 * @return the disjunction
	 */
	public static Condition or(Condition... conditions) {
		return new Condition.Or(Arrays.asList(SoqlChecks.notNull(conditions, "conditions")));
	}

	/**
	 * {@code NOT condition}.
	 * @param condition the condition to negate
	 * @return the negation
	 */
	public static Condition not(Condition condition) {
		return new Condition.Not(condition);
	}

	/**
	 * An ascending sort key.
	 * @param path the dotted field path
	 * @return the key
	 */
	public static OrderItem asc(String path) {
		return new OrderItem(FieldPath.of(path), OrderItem.Direction.ASC, null);
	}

	/**
	 * A descending sort key.
	 * @param path the dotted field path
	 * @return the key
	 */
	public static OrderItem desc(String path) {
		return new OrderItem(FieldPath.of(path), OrderItem.Direction.DESC, null);
	}

	/**
	 * The step after {@code select(...)}: names the queried object.
	 */
	public static final class SelectStep {

		private final List<SelectItem> items;

		private SelectStep(List<SelectItem> items) {
			this.items = items;
		}

		/**
		 * Names the queried object.
		 * @param object an object name such as {@code Account} or {@code c2g__codaInvoice__c}
		 * @return the builder of the remaining clauses
		 * @throws IllegalArgumentException if the name is not a valid SOQL name
		 */
		public SelectBuilder from(String object) {
			return new SelectBuilder(this.items, From.of(object));
		}

	}

	/**
	 * Compares one field (or function call) with values, each turned into a literal.
	 */
	public static final class FieldStep {

		private final Expression left;

		private FieldStep(Expression left) {
			this.left = SoqlChecks.notNull(left, "left");
		}

		/**
		 * {@code field = value}; a {@code null} value gives {@code field = NULL}.
		 * @param value a {@code String}, {@code Boolean}, {@code Number}, date, date-time or {@link Literal}
		 * @return the condition
		 */
		public Condition eq(@Nullable Object value) {
			return compare(ComparisonOperator.EQUALS, Literal.of(value));
		}

		/**
		 * {@code field != value}.
		 * @param value the value, as for {@link #eq(Object)}
		 * @return the condition
		 */
		public Condition ne(@Nullable Object value) {
			return compare(ComparisonOperator.NOT_EQUALS, Literal.of(value));
		}

		/**
		 * {@code field < value}.
		 * @param value the value, as for {@link #eq(Object)}
		 * @return the condition
		 */
		public Condition lt(Object value) {
			return compare(ComparisonOperator.LESS_THAN, Literal.of(value));
		}

		/**
		 * {@code field <= value}.
		 * @param value the value, as for {@link #eq(Object)}
		 * @return the condition
		 */
		public Condition le(Object value) {
			return compare(ComparisonOperator.LESS_THAN_OR_EQUAL, Literal.of(value));
		}

		/**
		 * {@code field > value}.
		 * @param value the value, as for {@link #eq(Object)}
		 * @return the condition
		 */
		public Condition gt(Object value) {
			return compare(ComparisonOperator.GREATER_THAN, Literal.of(value));
		}

		/**
		 * {@code field >= value}.
		 * @param value the value, as for {@link #eq(Object)}
		 * @return the condition
		 */
		public Condition ge(Object value) {
			return compare(ComparisonOperator.GREATER_THAN_OR_EQUAL, Literal.of(value));
		}

		/**
		 * {@code field = NULL}.
		 * @return the condition
		 */
		public Condition isNull() {
			return compare(ComparisonOperator.EQUALS, Literal.NullValue.INSTANCE);
		}

		/**
		 * {@code field != NULL}.
		 * @return the condition
		 */
		public Condition isNotNull() {
			return compare(ComparisonOperator.NOT_EQUALS, Literal.NullValue.INSTANCE);
		}

		/**
		 * {@code field LIKE pattern}.
		 * @param pattern the pattern; see {@link LikePattern#literal(String)} and its siblings for plain text
		 * @return the condition
		 */
		public Condition like(LikePattern pattern) {
			return compare(ComparisonOperator.LIKE, pattern);
		}

		/**
		 * {@code field LIKE 'text%'}, the text matched literally.
		 * @param prefix the text the field starts with
		 * @return the condition
		 */
		public Condition startsWith(String prefix) {
			return like(LikePattern.startingWith(prefix));
		}

		/**
		 * {@code field LIKE '%text'}, the text matched literally.
		 * @param suffix the text the field ends with
		 * @return the condition
		 */
		public Condition endsWith(String suffix) {
			return like(LikePattern.endingWith(suffix));
		}

		/**
		 * {@code field LIKE '%text%'}, the text matched literally.
		 * @param infix the text the field contains
		 * @return the condition
		 */
		public Condition contains(String infix) {
			return like(LikePattern.containing(infix));
		}

		/**
		 * {@code field IN (values)}.
		 * @param values the values, at least one
		 * @return the condition
		 */
		public Condition in(Collection<?> values) {
			return compare(ComparisonOperator.IN, list(values));
		}

		/**
		 * {@code field IN (values)}.
		 * @param values the values, at least one
		 * @return the condition
		 */
		public Condition in(Object... values) {
			return in(Arrays.asList(values));
		}

		/**
		 * {@code field NOT IN (values)}.
		 * @param values the values, at least one
		 * @return the condition
		 */
		public Condition notIn(Collection<?> values) {
			return compare(ComparisonOperator.NOT_IN, list(values));
		}

		/**
		 * {@code field IN (subselect)}: a semi-join.
		 * @param subselect a statement selecting one id or reference field
		 * @return the condition
		 */
		public Condition in(Select subselect) {
			return compare(ComparisonOperator.IN, new Operand.SubSelect(subselect));
		}

		/**
		 * {@code field INCLUDES (values)}, for multi-select picklists.
		 * @param values the values, at least one; a value {@code 'a;b'} means both a and b
		 * @return the condition
		 */
		public Condition includes(String... values) {
			return compare(ComparisonOperator.INCLUDES, list(Arrays.asList(values)));
		}

		/**
		 * {@code field EXCLUDES (values)}, for multi-select picklists.
		 * @param values the values, at least one
		 * @return the condition
		 */
		public Condition excludes(String... values) {
			return compare(ComparisonOperator.EXCLUDES, list(Arrays.asList(values)));
		}

		private Condition compare(ComparisonOperator operator, Operand right) {
			return new Condition.Comparison(this.left, operator, right);
		}

		private static Operand.ValueList list(Collection<?> values) {
			SoqlChecks.notNull(values, "values");
			return new Operand.ValueList(values.stream().map(Literal::of).toList());
		}

	}

}
