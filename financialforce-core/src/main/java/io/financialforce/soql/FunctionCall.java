package io.financialforce.soql;

import java.util.List;

/**
 * A SOQL function applied to its arguments: {@code COUNT()}, {@code SUM(Amount)}, {@code CALENDAR_YEAR(CreatedDate)},
 * {@code toLabel(Status)}, {@code DISTANCE(Location__c, GEOLOCATION(37.7, -122.4), 'mi')}.
 *
 * @param function the function
 * @param arguments its arguments, possibly empty ({@code COUNT()})
 */
public record FunctionCall(SoqlFunction function, List<Expression> arguments) implements Expression {

	public FunctionCall {
		SoqlChecks.notNull(function, "function");
		arguments = List.copyOf(SoqlChecks.notNull(arguments, "arguments"));
	}

	/**
	 * A call of {@code function} with the given arguments.
	 * @param function the function
	 * @param arguments the arguments
	 * @return the call
	 */
	public static FunctionCall of(SoqlFunction function, Expression... arguments) {
		return new FunctionCall(function, List.of(arguments));
	}

}
