package io.financialforce.emulator.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.financialforce.soql.Expression;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate function of a query ({@code COUNT()}, {@code COUNT(f)}, {@code COUNT_DISTINCT}, {@code SUM},
 * {@code AVG}, {@code MIN}, {@code MAX}), checked against the field's describe flags and computed over a group's
 * rows. Nulls (and empty text) are skipped; {@code SUM}, {@code AVG}, {@code MIN} and {@code MAX} of no values are
 * {@code null}.
 */
final class Aggregate {

	private final SoqlFunction function;

	private final @Nullable FieldRef field;

	private Aggregate(SoqlFunction function, @Nullable FieldRef field) {
		this.function = function;
		this.field = field;
	}

	static Aggregate of(FunctionCall call, RowTerms terms) {
		SoqlFunction function = call.function();
		if (function == SoqlFunction.COUNT && call.arguments().isEmpty()) {
			return new Aggregate(function, null);
		}
		if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof FieldPath path)) {
			throw QueryErrors.malformed(function.soqlName() + "() takes exactly one field: "
					+ Expressions.display(call));
		}
		FieldRef field = terms.field(path);
		FieldInfo info = field.leaf();
		boolean numeric = Values.isNumeric(info.type());
		boolean supported = switch (function) {
			case SUM, AVG -> numeric;
			case MIN, MAX -> info.type() != FieldType.BOOLEAN && info.type() != FieldType.MULTIPICKLIST;
			default -> true;
		};
		if (!supported || !info.aggregatable()) {
			throw QueryErrors.malformed("field " + info.name() + " does not support aggregate operator "
					+ function.soqlName());
		}
		return new Aggregate(function, field);
	}

	static boolean isAggregate(Expression expression) {
		return expression instanceof FunctionCall call && call.function().isAggregate()
				&& call.function() != SoqlFunction.GROUPING;
	}

	FieldType type() {
		return switch (this.function) {
			case COUNT, COUNT_DISTINCT -> FieldType.INT;
			case SUM, AVG -> FieldType.DOUBLE;
			default -> this.field.type();
		};
	}

	@Nullable Object compute(List<Row> rows) {
		if (this.field == null || (this.function == SoqlFunction.COUNT && this.field.type() == FieldType.ID
				&& this.field.hops().isEmpty())) {
			return rows.size();
		}
		FieldRef field = this.field;
		switch (this.function) {
			case COUNT: {
				int count = 0;
				for (Row row : rows) {
					if (Values.effective(field.value(row)) != null) {
						count++;
					}
				}
				return count;
			}
			case COUNT_DISTINCT: {
				Set<Object> distinct = new HashSet<>();
				for (Row row : rows) {
					Object key = Values.key(field.value(row), field.type());
					if (key != null) {
						distinct.add(key);
					}
				}
				return distinct.size();
			}
			case SUM:
			case AVG: {
				BigDecimal sum = BigDecimal.ZERO;
				int count = 0;
				for (Row row : rows) {
					Object value = field.value(row);
					if (value != null) {
						sum = sum.add(Values.decimal(value));
						count++;
					}
				}
				if (count == 0) {
					return null;
				}
				if (this.function == SoqlFunction.SUM) {
					return sum;
				}
				BigDecimal average = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).stripTrailingZeros();
				return (average.scale() < 0) ? average.setScale(0) : average;
			}
			default: {
				Object best = null;
				boolean max = this.function == SoqlFunction.MAX;
				for (Row row : rows) {
					Object value = Values.effective(field.value(row));
					if (value != null && (best == null || (Values.compare(value, best) > 0) == max
							&& Values.compare(value, best) != 0)) {
						best = value;
					}
				}
				return best;
			}
		}
	}

}
