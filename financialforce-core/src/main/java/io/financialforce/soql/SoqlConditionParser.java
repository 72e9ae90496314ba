package io.financialforce.soql;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code WHERE} and {@code HAVING} conditions for {@link SoqlParser}: {@code AND}/{@code OR} chains (never mixed
 * without parentheses), {@code NOT}, comparisons and their operands, semi- and anti-join subselects.
 */
final class SoqlConditionParser {

	private static final String OPERATORS = "a comparison operator (=, !=, <, <=, >, >=, LIKE, IN, NOT IN, INCLUDES, EXCLUDES)";

	private final SoqlParser parser;

	private final SoqlTokenCursor cursor;

	private final boolean having;

	private int semiJoins;

	SoqlConditionParser(SoqlParser parser, SoqlTokenCursor cursor, boolean having) {
		this.parser = parser;
		this.cursor = cursor;
		this.having = having;
	}

	Condition condition() {
		this.cursor.enter();
		int semiJoinsBefore = this.semiJoins;
		Condition first = unary();
		SoqlToken operator = this.cursor.peek();
		boolean and = operator.isKeyword("AND");
		if (!and && !operator.isKeyword("OR")) {
			this.cursor.leave();
			return first;
		}
		List<Condition> conditions = new ArrayList<>();
		conditions.add(first);
		while (this.cursor.atKeyword("AND") || this.cursor.atKeyword("OR")) {
			if (this.cursor.atKeyword("AND") != and) {
				throw this.cursor.unexpected((and ? "AND" : "OR") + " (use parentheses to mix AND and OR)");
			}
			this.cursor.next();
			conditions.add(unary());
		}
		if (!and && this.semiJoins > semiJoinsBefore) {
			throw this.cursor.error(operator, "AND (a semi-join or anti-join subselect cannot be combined with OR)");
		}
		this.cursor.leave();
		return and ? new Condition.And(conditions) : new Condition.Or(conditions);
	}

	private Condition unary() {
		if (this.cursor.atKeyword("NOT")) {
			this.cursor.next();
			this.cursor.enter();
			Condition negated = unary();
			this.cursor.leave();
			return new Condition.Not(negated);
		}
		if (this.cursor.accept(SoqlToken.Type.LEFT_PAREN)) {
			Condition condition = condition();
			this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "')'" + ((condition instanceof Condition.Comparison)
					? ", AND or OR" : ""));
			return condition;
		}
		return comparison();
	}

	private Condition comparison() {
		SoqlToken start = this.cursor.peek();
		Expression left = this.parser.expression(false, "a field, a function, NOT or '('");
		SoqlToken token = this.cursor.peek();
		ComparisonOperator operator = switch (token.type()) {
			case EQUALS -> ComparisonOperator.EQUALS;
			case NOT_EQUALS -> ComparisonOperator.NOT_EQUALS;
			case LESS_THAN -> ComparisonOperator.LESS_THAN;
			case LESS_THAN_OR_EQUAL -> ComparisonOperator.LESS_THAN_OR_EQUAL;
			case GREATER_THAN -> ComparisonOperator.GREATER_THAN;
			case GREATER_THAN_OR_EQUAL -> ComparisonOperator.GREATER_THAN_OR_EQUAL;
			case IDENTIFIER -> keywordOperator(token, start);
			default -> throw this.cursor.unexpected(OPERATORS);
		};
		this.cursor.next();
		Operand right = switch (operator) {
			case LIKE -> likePattern();
			case IN, NOT_IN -> inOperand();
			case INCLUDES, EXCLUDES -> stringList(operator);
			default -> SoqlLiteralParser.value(this.cursor);
		};
		return new Condition.Comparison(left, operator, right);
	}

	private ComparisonOperator keywordOperator(SoqlToken token, SoqlToken start) {
		switch (token.upperText()) {
			case "LIKE":
				return ComparisonOperator.LIKE;
			case "IN":
				return ComparisonOperator.IN;
			case "INCLUDES":
				return ComparisonOperator.INCLUDES;
			case "EXCLUDES":
				return ComparisonOperator.EXCLUDES;
			case "NOT":
				SoqlToken following = this.cursor.peek(1);
				if (following.isKeyword("LIKE")) {
					String field = this.cursor.source().substring(start.start(), token.start()).strip();
					throw this.cursor.error(token.start(), "NOT LIKE",
							"NOT before the field, as in NOT " + field + " LIKE 'pattern' (SOQL has no NOT LIKE)");
				}
				if (!following.isKeyword("IN")) {
					throw this.cursor.error(following, "IN after NOT");
				}
				this.cursor.next();
				return ComparisonOperator.NOT_IN;
			default:
				throw this.cursor.unexpected(OPERATORS);
		}
	}

	private Operand likePattern() {
		BindParameter parameter = SoqlLiteralParser.bindParameter(this.cursor);
		if (parameter != null) {
			return parameter;
		}
		SoqlToken token = this.cursor.expect(SoqlToken.Type.STRING, "a quoted LIKE pattern");
		return new LikePattern(SoqlLiteralParser.decode(this.cursor, token, true));
	}

	private Operand inOperand() {
		BindParameter parameter = SoqlLiteralParser.bindParameter(this.cursor);
		if (parameter != null) {
			return parameter;
		}
		if (this.cursor.at(SoqlToken.Type.LEFT_PAREN) && this.cursor.peek(1).isKeyword("SELECT")) {
			return subSelect();
		}
		return valueList("a value", "'(' and a list of values or a subselect");
	}

	private Operand subSelect() {
		SoqlToken select = this.cursor.peek(1);
		if (this.having) {
			throw this.cursor.error(select, "a list of values (HAVING takes no semi-join subselect)");
		}
		if (this.parser.inSemiJoin()) {
			throw this.cursor.error(select, "a list of values (semi-join subselects cannot be nested)");
		}
		this.cursor.next();
		Select subselect = this.parser.select(SoqlParser.Context.SEMI_JOIN);
		this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "')'");
		this.semiJoins++;
		return new Operand.SubSelect(subselect);
	}

	private Operand stringList(ComparisonOperator operator) {
		BindParameter parameter = SoqlLiteralParser.bindParameter(this.cursor);
		if (parameter != null) {
			return parameter;
		}
		String expected = "a string (" + operator.symbol() + " takes a list of strings)";
		return valueList(expected, "'(' and a list of strings");
	}

	private Operand.ValueList valueList(String expectedValue, String expectedStart) {
		this.cursor.expect(SoqlToken.Type.LEFT_PAREN, expectedStart);
		boolean strings = expectedValue.startsWith("a string");
		List<Literal> values = new ArrayList<>();
		do {
			if (strings && !this.cursor.at(SoqlToken.Type.STRING)) {
				throw this.cursor.unexpected(expectedValue);
			}
			values.add(SoqlLiteralParser.literal(this.cursor, expectedValue));
		}
		while (this.cursor.accept(SoqlToken.Type.COMMA));
		this.cursor.expect(SoqlToken.Type.RIGHT_PAREN, "',' or ')'");
		return new Operand.ValueList(values);
	}

}
