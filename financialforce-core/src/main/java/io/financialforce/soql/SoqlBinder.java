package io.financialforce.soql;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Replaces {@link BindParameter}s by literals: values become typed literals through {@link Literal#of(Object)},
 * collections and arrays become {@link Operand.ValueList}s for {@code IN}, {@code NOT IN}, {@code INCLUDES} and
 * {@code EXCLUDES}, and a {@code LIKE} takes a {@link LikePattern} or a string used as a pattern.
 */
final class SoqlBinder {

	private final @Nullable Map<String, ?> named;

	private final @Nullable List<?> positional;

	private SoqlBinder(@Nullable Map<String, ?> named, @Nullable List<?> positional) {
		this.named = named;
		this.positional = positional;
	}

	static Select bindNamed(Select select, Map<String, ?> values) {
		return new SoqlBinder(SoqlChecks.notNull(values, "values"), null).select(select);
	}

	static Select bindPositional(Select select, List<?> values) {
		return new SoqlBinder(null, SoqlChecks.notNull(values, "values")).select(select);
	}

	/**
	 * The bind parameters of a statement and its subqueries, each once, in the order they are written.
	 */
	static List<BindParameter> parameters(Select select) {
		Set<BindParameter> parameters = new LinkedHashSet<>();
		collect(select, parameters);
		return List.copyOf(parameters);
	}

	private static void collect(Select select, Set<BindParameter> parameters) {
		for (SelectItem item : select.items()) {
			if (item instanceof SelectItem.Subquery subquery) {
				collect(subquery.select(), parameters);
			}
		}
		collect(select.where(), parameters);
		collect(select.having(), parameters);
	}

	private static void collect(@Nullable Condition condition, Set<BindParameter> parameters) {
		if (condition instanceof Condition.Comparison comparison) {
			if (comparison.right() instanceof BindParameter parameter) {
				parameters.add(parameter);
			}
			else if (comparison.right() instanceof Operand.SubSelect subSelect) {
				collect(subSelect.select(), parameters);
			}
		}
		else if (condition instanceof Condition.Not not) {
			collect(not.condition(), parameters);
		}
		else if (condition instanceof Condition.And and) {
			and.conditions().forEach((child) -> collect(child, parameters));
		}
		else if (condition instanceof Condition.Or or) {
			or.conditions().forEach((child) -> collect(child, parameters));
		}
	}

	private Select select(Select select) {
		List<SelectItem> items = new ArrayList<>(select.items().size());
		for (SelectItem item : select.items()) {
			items.add((item instanceof SelectItem.Subquery subquery) ? new SelectItem.Subquery(select(subquery.select()))
					: item);
		}
		return new Select(items, select.from(), select.scope(), condition(select.where()), select.with(),
				select.groupBy(), condition(select.having()), select.orderBy(), select.limit(), select.offset(),
				select.forClause(), select.update(), select.forUpdate(), select.allRows());
	}

	private @Nullable Condition condition(@Nullable Condition condition) {
		if (condition instanceof Condition.Comparison comparison) {
			Operand right = comparison.right();
			if (right instanceof BindParameter parameter) {
				right = operand(comparison.operator(), parameter);
			}
			else if (right instanceof Operand.SubSelect subSelect) {
				right = new Operand.SubSelect(select(subSelect.select()));
			}
			return new Condition.Comparison(comparison.left(), comparison.operator(), right);
		}
		if (condition instanceof Condition.Not not) {
			return new Condition.Not(condition(not.condition()));
		}
		if (condition instanceof Condition.And and) {
			return new Condition.And(and.conditions().stream().map(this::condition).toList());
		}
		if (condition instanceof Condition.Or or) {
			return new Condition.Or(or.conditions().stream().map(this::condition).toList());
		}
		return condition;
	}

	private Operand operand(ComparisonOperator operator, BindParameter parameter) {
		Object value = value(parameter);
		String name = describe(parameter);
		try {
			return switch (operator) {
				case IN, NOT_IN, INCLUDES, EXCLUDES -> valueList(operator, name, value);
				case LIKE -> likePattern(name, value);
				default -> {
					if (value instanceof Collection<?> || (value != null && value.getClass().isArray())) {
						throw new IllegalArgumentException(
								"it holds several values but " + operator.symbol() + " takes a single value");
					}
					yield Literal.of(value);
				}
			};
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Cannot bind " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static Operand valueList(ComparisonOperator operator, String name, @Nullable Object value) {
		List<Literal> literals = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((element) -> literals.add(Literal.of(element)));
		}
		else if (value != null && value.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(value); i++) {
				literals.add(Literal.of(Array.get(value, i)));
			}
		}
		else {
			literals.add(Literal.of(value));
		}
		if (literals.isEmpty()) {
			throw new IllegalArgumentException(
					"its collection is empty; " + operator.symbol() + " needs at least one value (SOQL has no empty list)");
		}
		if ((operator == ComparisonOperator.INCLUDES || operator == ComparisonOperator.EXCLUDES)
				&& !literals.stream().allMatch(Literal.StringValue.class::isInstance)) {
			throw new IllegalArgumentException(operator.symbol() + " takes strings only");
		}
		return new Operand.ValueList(literals);
	}

	private static Operand likePattern(String name, @Nullable Object value) {
		if (value instanceof LikePattern pattern) {
			return pattern;
		}
		if (value instanceof CharSequence text) {
			return new LikePattern(text.toString());
		}
		throw new IllegalArgumentException("LIKE takes a LikePattern or a String pattern, not "
				+ ((value != null) ? value.getClass().getName() : "null"));
	}

	private @Nullable Object value(BindParameter parameter) {
		if (parameter instanceof BindParameter.Named named) {
			if (this.named == null) {
				throw new IllegalArgumentException("Cannot bind " + describe(parameter)
						+ " from positional values; bind named parameters with a map");
			}
			if (!this.named.containsKey(named.name())) {
				throw new IllegalArgumentException("No value for bind parameter " + describe(parameter)
						+ "; values were given for " + this.named.keySet());
			}
			return this.named.get(named.name());
		}
		int index = ((BindParameter.Positional) parameter).index();
		if (this.positional == null) {
			throw new IllegalArgumentException(
					"Cannot bind " + describe(parameter) + " from named values; bind positional parameters with a list");
		}
		if (index < 1 || index > this.positional.size()) {
			throw new IllegalArgumentException("No value for bind parameter " + describe(parameter) + ": "
					+ this.positional.size() + " value(s) given, and ?1 is the first");
		}
		return this.positional.get(index - 1);
	}

	private static String describe(BindParameter parameter) {
		return (parameter instanceof BindParameter.Named named) ? ":" + named.name()
				: "?" + ((BindParameter.Positional) parameter).index();
	}

}
