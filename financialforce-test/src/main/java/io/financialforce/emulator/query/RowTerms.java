package io.financialforce.emulator.query;

import java.util.Locale;

import io.financialforce.soql.Expression;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the expressions of a query over one object into terms read from its rows: field paths and date
 * functions, checked against the describe flags of the clause they appear in.
 */
final class RowTerms {

	/** The clauses that check a describe flag. */
	enum Usage {

		FILTER("filtered", "WHERE"), SORT("sorted", "ORDER BY"), GROUP("grouped", "GROUP BY"), SELECT("selected",
				"SELECT");

		private final String verb;

		private final String clause;

		Usage(String verb, String clause) {
			this.verb = verb;
			this.clause = clause;
		}

		boolean allows(FieldInfo field) {
			return switch (this) {
				case FILTER -> field.filterable();
				case SORT -> field.sortable();
				case GROUP -> field.groupable();
				case SELECT -> true;
			};
		}

	}

	private final QueryDataSource data;

	private final ObjectInfo object;

	private final @Nullable String alias;

	private final Dates dates;

	RowTerms(QueryDataSource data, ObjectInfo object, @Nullable String alias, Dates dates) {
		this.data = data;
		this.object = object;
		this.alias = alias;
		this.dates = dates;
	}

	ObjectInfo object() {
		return this.object;
	}

	Dates dates() {
		return this.dates;
	}

	QueryDataSource data() {
		return this.data;
	}

	FieldRef field(FieldPath path) {
		return FieldRef.resolve(this.data, this.object, this.alias, path);
	}

	Term<Row> term(Expression expression, Usage usage) {
		if (expression instanceof FieldPath path) {
			FieldRef field = field(path);
			check(field, usage);
			return new Term<>(field::value, field.type(), field.leaf().name());
		}
		if (expression instanceof FunctionCall call) {
			if (call.function().kind() == SoqlFunction.Kind.DATE) {
				return dateFunction(call, usage);
			}
			if (call.function() == SoqlFunction.TO_LABEL && usage == Usage.FILTER && call.arguments().size() == 1
					&& call.arguments().get(0) instanceof FieldPath path) {
				FieldRef field = field(path);
				check(field, usage);
				FieldInfo info = field.leaf();
				return new Term<>((row) -> {
					Object value = field.value(row);
					return (value instanceof String text) ? info.labelOf(text) : value;
				}, info.type(), info.name());
			}
			if (call.function().isAggregate()) {
				throw QueryErrors.malformed("Aggregate functions are not allowed in the " + usage.clause + " clause"
						+ ((usage == Usage.FILTER) ? " (filter groups with HAVING)" : " of a query without GROUP BY")
						+ ": " + Expressions.display(call));
			}
			throw QueryErrors.malformed(call.function().soqlName() + "() cannot be used in the " + usage.clause
					+ " clause");
		}
		throw QueryErrors.malformed("A literal cannot be " + usage.verb);
	}

	private Term<Row> dateFunction(FunctionCall call, Usage usage) {
		SoqlFunction function = call.function();
		if (call.arguments().size() != 1) {
			throw QueryErrors.malformed(function.soqlName() + "() takes exactly one field");
		}
		Expression argument = call.arguments().get(0);
		boolean inUserZone = false;
		if (argument instanceof FunctionCall inner && inner.function() == SoqlFunction.CONVERT_TIMEZONE
				&& inner.arguments().size() == 1) {
			inUserZone = true;
			argument = inner.arguments().get(0);
		}
		if (!(argument instanceof FieldPath path)) {
			throw QueryErrors.malformed(function.soqlName() + "() takes a date or date/time field, or "
					+ "convertTimezone() of a date/time field");
		}
		FieldRef field = field(path);
		if (usage != Usage.GROUP) {
			// date/time fields are not groupable, their date functions are
			check(field, usage);
		}
		FieldType type = field.type();
		boolean timeOnly = function == SoqlFunction.HOUR_IN_DAY || function == SoqlFunction.DAY_ONLY;
		if ((type != FieldType.DATE && type != FieldType.DATETIME) || ((timeOnly || inUserZone)
				&& type != FieldType.DATETIME)) {
			throw QueryErrors.malformed(function.soqlName() + "() cannot be applied to field " + field.leaf().name()
					+ " of type " + type.apiName());
		}
		boolean zoned = inUserZone;
		Dates dates = this.dates;
		FieldType resultType = (function == SoqlFunction.DAY_ONLY) ? FieldType.DATE : FieldType.INT;
		return new Term<>((row) -> {
			Object value = field.value(row);
			return (value != null) ? dates.apply(function, value, zoned) : null;
		}, resultType, Expressions.display(call));
	}

	static void check(FieldRef field, Usage usage) {
		if (!usage.allows(field.leaf())) {
			throw QueryErrors.notAllowed(field.leaf().name(), usage.verb);
		}
	}

	/**
	 * A case-insensitive key of an expression with its field paths resolved, so that {@code a.Name} and
	 * {@code Name} (with {@code a} the alias) match.
	 */
	String key(Expression expression) {
		if (expression instanceof FieldPath path) {
			return field(path).canonical().toLowerCase(Locale.ROOT);
		}
		if (expression instanceof FunctionCall call) {
			StringBuilder key = new StringBuilder(call.function().name()).append('(');
			call.arguments().forEach((argument) -> key.append(key(argument)).append(','));
			return key.append(')').toString();
		}
		return Expressions.key(expression);
	}

}
