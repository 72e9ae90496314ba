package io.financialforce.soql;

/**
 * The comparison operators of SOQL, with the kind of right-hand side each one takes.
 */
public enum ComparisonOperator {

	/** {@code =}. */
	EQUALS("="),
	/** {@code !=} (also written {@code <>}). */
	NOT_EQUALS("!="),
	/** {@code <}. */
	LESS_THAN("<"),
	/** {@code <=}. */
	LESS_THAN_OR_EQUAL("<="),
	/** {@code >}. */
	GREATER_THAN(">"),
	/** {@code >=}. */
	GREATER_THAN_OR_EQUAL(">="),
	/** {@code LIKE}, with a {@link LikePattern}. */
	LIKE("LIKE"),
	/** {@code IN}, with a value list or a semi-join subselect. */
	IN("IN"),
	/** {@code NOT IN}, with a value list or an anti-join subselect. */
	NOT_IN("NOT IN"),
	/** {@code INCLUDES}, for multi-select picklists. */
	INCLUDES("INCLUDES"),
	/** {@code EXCLUDES}, for multi-select picklists. */
	EXCLUDES("EXCLUDES");

	private final String symbol;

	ComparisonOperator(String symbol) {
		this.symbol = symbol;
	}

	/**
	 * The operator as written in canonical SOQL.
	 * @return e.g. {@code <=} or {@code NOT IN}
	 */
	public String symbol() {
		return this.symbol;
	}

	void checkOperand(Operand operand) {
		if (operand instanceof BindParameter) {
			return;
		}
		boolean fits = switch (this) {
			case LIKE -> operand instanceof LikePattern;
			case IN, NOT_IN -> operand instanceof Operand.ValueList || operand instanceof Operand.SubSelect;
			case INCLUDES, EXCLUDES -> operand instanceof Operand.ValueList list
					&& list.values().stream().allMatch(Literal.StringValue.class::isInstance);
			default -> operand instanceof Literal;
		};
		if (!fits) {
			throw new IllegalArgumentException(this.symbol + " cannot take " + describe(operand) + "; it takes "
					+ switch (this) {
						case LIKE -> "a LIKE pattern";
						case IN, NOT_IN -> "a list of values or a subselect";
						case INCLUDES, EXCLUDES -> "a list of strings";
						default -> "a single value";
					});
		}
	}

	private static String describe(Operand operand) {
		if (operand instanceof Operand.ValueList) {
			return "a list of values";
		}
		if (operand instanceof LikePattern) {
			return "a LIKE pattern";
		}
		if (operand instanceof Operand.SubSelect) {
			return "a subselect";
		}
		return "a single value";
	}

}
