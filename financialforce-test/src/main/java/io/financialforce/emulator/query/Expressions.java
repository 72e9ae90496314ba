package io.financialforce.emulator.query;

import java.util.Locale;
import java.util.stream.Collectors;

import io.financialforce.soql.Expression;
import io.financialforce.soql.FieldPath;
import io.financialforce.soql.FunctionCall;
import io.financialforce.soql.Literal;

/**
 * Text forms of expressions: for messages, and as case-insensitive keys that match a grouped expression with its
 * uses in the select list, {@code HAVING} and {@code ORDER BY}.
 */
final class Expressions {

	private Expressions() {
	}

	static String display(Expression expression) {
		if (expression instanceof FieldPath path) {
			return path.dotted();
		}
		if (expression instanceof FunctionCall call) {
			return call.function().soqlName() + "("
					+ call.arguments().stream().map(Expressions::display).collect(Collectors.joining(", ")) + ")";
		}
		return String.valueOf(((Literal) expression));
	}

	static String key(Expression expression) {
		return display(expression).toLowerCase(Locale.ROOT);
	}

}
