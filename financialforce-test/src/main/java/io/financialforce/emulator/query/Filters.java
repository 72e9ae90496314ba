package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.financialforce.soql.BindParameter;
import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.Condition;
import io.financialforce.soql.Expression;
import io.financialforce.soql.LikePattern;
import io.financialforce.soql.Literal;
import io.financialforce.soql.Operand;
import org.jspecify.annotations.Nullable;

/**
 * Compiles {@code WHERE} and {@code HAVING} conditions to predicates with SOQL's semantics (two-valued: a
 * comparison with a null value is false, so {@code !=} and {@code NOT IN} match nulls).
 *
 * @param <T> what the predicates test: a {@link Row} or a group
 */
final class Filters<T> {

	private final Function<Expression, Term<T>> terms;

	private final Dates dates;

	private final @Nullable Function<Operand.SubSelect, Supplier<Set<Object>>> semiJoins;

	/**
	 * @param terms resolves (and checks) the left side of comparisons
	 * @param semiJoins plans a semi-join subselect into the keys of the ids it selects; {@code null} where
	 * semi-joins are not allowed
	 */
	Filters(Function<Expression, Term<T>> terms, Dates dates,
			@Nullable Function<Operand.SubSelect, Supplier<Set<Object>>> semiJoins) {
		this.terms = terms;
		this.dates = dates;
		this.semiJoins = semiJoins;
	}

	Predicate<T> compile(Condition condition) {
		if (condition instanceof Condition.And and) {
			List<Predicate<T>> parts = and.conditions().stream().map(this::compile).toList();
			return (source) -> {
				for (Predicate<T> part : parts) {
					if (!part.test(source)) {
						return false;
					}
				}
				return true;
			};
		}
		if (condition instanceof Condition.Or or) {
			if (hasSubSelect(or)) {
				throw QueryErrors.malformed("Semi join sub-selects are not allowed with the 'OR' operator");
			}
			List<Predicate<T>> parts = or.conditions().stream().map(this::compile).toList();
			return (source) -> {
				for (Predicate<T> part : parts) {
					if (part.test(source)) {
						return true;
					}
				}
				return false;
			};
		}
		if (condition instanceof Condition.Not not) {
			return compile(not.condition()).negate();
		}
		return comparison((Condition.Comparison) condition);
	}

	static boolean hasSubSelect(Condition condition) {
		if (condition instanceof Condition.And and) {
			return and.conditions().stream().anyMatch(Filters::hasSubSelect);
		}
		if (condition instanceof Condition.Or or) {
			return or.conditions().stream().anyMatch(Filters::hasSubSelect);
		}
		if (condition instanceof Condition.Not not) {
			return hasSubSelect(not.condition());
		}
		return ((Condition.Comparison) condition).right() instanceof Operand.SubSelect;
	}

	private Predicate<T> comparison(Condition.Comparison comparison) {
		Term<T> term = this.terms.apply(comparison.left());
		Operand right = comparison.right();
		if (right instanceof BindParameter) {
			throw QueryErrors.malformed("Bind variables are only allowed in Apex code: " + term.name());
		}
		Predicate<@Nullable Object> test = switch (comparison.operator()) {
			case EQUALS -> equalTo(term, (Literal) right);
			case NOT_EQUALS -> equalTo(term, (Literal) right).negate();
			case LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL ->
				ordered(term, comparison.operator(), (Literal) right);
			case LIKE -> like(term, (LikePattern) right);
			case IN -> in(term, right);
			case NOT_IN -> in(term, right).negate();
			case INCLUDES -> includes(term, (Operand.ValueList) right);
			case EXCLUDES -> includes(term, (Operand.ValueList) right).negate();
		};
		return (source) -> test.test(term.read(source));
	}

	/** A literal read for a term: {@code null}, a value of the term's Java type, or a range of days. */
	private @Nullable Object coerce(Term<T> term, Literal literal) {
		FieldType type = term.type();
		if (literal instanceof Literal.NullValue) {
			return null;
		}
		if (type.isText()) {
			if (!(literal instanceof Literal.StringValue text)) {
				throw QueryErrors.wrongType(term.name(), "string", true);
			}
			if ((type == FieldType.ID || type == FieldType.REFERENCE) && !text.value().isEmpty()
					&& !text.value().matches("[a-zA-Z0-9]{15}|[a-zA-Z0-9]{18}")) {
				throw QueryErrors.filterOperator("invalid ID field: " + text.value());
			}
			return text.value();
		}
		if (Values.isNumeric(type)) {
			if (literal instanceof Literal.NumberValue number) {
				return number.value();
			}
			if (literal instanceof Literal.CurrencyValue currency) {
				return currency.amount();
			}
		}
		else if (type == FieldType.BOOLEAN && literal instanceof Literal.BooleanValue bool) {
			return bool.value();
		}
		else if (type == FieldType.DATE) {
			if (literal instanceof Literal.DateValue date) {
				return date.value();
			}
			if (literal instanceof Literal.RelativeDateValue relative) {
				Dates.DayRange range = this.dates.range(relative.range(), relative.n());
				return new Bounds(range.start(), range.end());
			}
		}
		else if (type == FieldType.DATETIME) {
			if (literal instanceof Literal.DateTimeValue dateTime) {
				return dateTime.value().toInstant();
			}
			Dates.DayRange range = null;
			if (literal instanceof Literal.DateValue date) {
				range = new Dates.DayRange(date.value(), date.value().plusDays(1));
			}
			else if (literal instanceof Literal.RelativeDateValue relative) {
				range = this.dates.range(relative.range(), relative.n());
			}
			if (range != null) {
				return new Bounds(range.startInstant(this.dates.zone()), range.endInstant(this.dates.zone()));
			}
		}
		throw QueryErrors.wrongType(term.name(), Values.soapName(type), false);
	}

	private Predicate<@Nullable Object> equalTo(Term<T> term, Literal literal) {
		Object operand = coerce(term, literal);
		if (operand == null) {
			return (value) -> Values.effective(value) == null;
		}
		if (operand instanceof Bounds bounds) {
			return (value) -> value != null && bounds.contains(value);
		}
		Object key = Values.key(operand, term.type());
		if (key == null) {
			return (value) -> Values.effective(value) == null;
		}
		if (key instanceof String text && term.type() != FieldType.ID && term.type() != FieldType.REFERENCE) {
			return (value) -> value instanceof String string && string.equalsIgnoreCase(text);
		}
		return (value) -> key.equals(Values.key(value, term.type()));
	}

	private Predicate<@Nullable Object> ordered(Term<T> term, ComparisonOperator operator, Literal literal) {
		if (term.type() == FieldType.MULTIPICKLIST) {
			throw QueryErrors.filterOperator("invalid operator on multipicklist field: " + operator.symbol());
		}
		Object operand = coerce(term, literal);
		if (operand == null) {
			return (value) -> false;
		}
		if (operand instanceof Bounds bounds) {
			return switch (operator) {
				case LESS_THAN -> (value) -> value != null && Values.compare(value, bounds.start()) < 0;
				case LESS_THAN_OR_EQUAL -> (value) -> value != null && Values.compare(value, bounds.end()) < 0;
				case GREATER_THAN -> (value) -> value != null && Values.compare(value, bounds.end()) >= 0;
				default -> (value) -> value != null && Values.compare(value, bounds.start()) >= 0;
			};
		}
		return (value) -> {
			Object effective = Values.effective(value);
			if (effective == null) {
				return false;
			}
			int order = Values.compare(effective, operand);
			return switch (operator) {
				case LESS_THAN -> order < 0;
				case LESS_THAN_OR_EQUAL -> order <= 0;
				case GREATER_THAN -> order > 0;
				default -> order >= 0;
			};
		};
	}

	private Predicate<@Nullable Object> like(Term<T> term, LikePattern like) {
		if (!term.type().isText() || term.type() == FieldType.ID || term.type() == FieldType.REFERENCE) {
			throw QueryErrors.filterOperator("invalid operator on " + Values.soapName(term.type()) + " field: LIKE");
		}
		String prefix = likePrefix(like.pattern());
		if (prefix != null) {
			return (value) -> value instanceof String text && !text.isEmpty()
					&& text.regionMatches(true, 0, prefix, 0, prefix.length());
		}
		Pattern pattern = likeRegex(like.pattern());
		return (value) -> value instanceof String text && !text.isEmpty() && pattern.matcher(text).matches();
	}

	/**
	 * The literal of a {@code 'literal%'} pattern, matched without a regular expression.
	 * @return the literal, or {@code null} for any other pattern
	 */
	static @Nullable String likePrefix(String like) {
		if (!like.endsWith("%") || like.endsWith("\\%")) {
			return null;
		}
		String prefix = like.substring(0, like.length() - 1);
		for (int i = 0; i < prefix.length(); i++) {
			char c = prefix.charAt(i);
			if (c == '%' || c == '_' || c == '\\' || Character.isSurrogate(c)) {
				return null;
			}
		}
		return prefix;
	}

	static Pattern likeRegex(String like) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < like.length(); i++) {
			char c = like.charAt(i);
			if (c == '\\' && i + 1 < like.length()) {
				literal.append(like.charAt(++i));
				continue;
			}
			if (c == '%' || c == '_') {
				if (!literal.isEmpty()) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				regex.append((c == '%') ? ".*" : ".");
				continue;
			}
			literal.append(c);
		}
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	private Predicate<@Nullable Object> in(Term<T> term, Operand right) {
		if (right instanceof Operand.SubSelect subSelect) {
			if (this.semiJoins == null) {
				throw QueryErrors.malformed("Semi join sub-selects are only allowed in the WHERE clause");
			}
			if (term.type() != FieldType.ID && term.type() != FieldType.REFERENCE) {
				throw QueryErrors.malformed("semi join sub selects can only be used with id fields, cannot use: '"
						+ term.name() + "'");
			}
			Supplier<Set<Object>> ids = this.semiJoins.apply(subSelect);
			return (value) -> {
				Object key = Values.key(value, term.type());
				return key != null && ids.get().contains(key);
			};
		}
		List<Literal> values = ((Operand.ValueList) right).values();
		Set<@Nullable Object> keys = new HashSet<>();
		List<Predicate<@Nullable Object>> ranges = new ArrayList<>();
		for (Literal literal : values) {
			Object operand = coerce(term, literal);
			if (operand instanceof Bounds) {
				ranges.add(equalTo(term, literal));
			}
			else {
				keys.add(Values.key(operand, term.type()));
			}
		}
		return (value) -> keys.contains(Values.key(value, term.type()))
				|| ranges.stream().anyMatch((range) -> range.test(value));
	}

	private Predicate<@Nullable Object> includes(Term<T> term, Operand.ValueList right) {
		if (term.type() != FieldType.MULTIPICKLIST) {
			throw QueryErrors.filterOperator("includes or excludes operator only valid on multipicklist field");
		}
		List<Set<String>> alternatives = right.values().stream()
			.map((literal) -> Values.multiValues(((Literal.StringValue) literal).value()))
			.toList();
		return (value) -> {
			if (!(value instanceof String text) || text.isEmpty()) {
				return false;
			}
			Set<String> selected = Values.multiValues(text);
			return alternatives.stream().anyMatch((required) -> !required.isEmpty() && selected.containsAll(required));
		};
	}

	/** A range of dates or date-times, start inclusive, end exclusive. */
	private record Bounds(Object start, Object end) {

		boolean contains(Object value) {
			return Values.compare(value, this.start) >= 0 && Values.compare(value, this.end) < 0;
		}

	}

}
