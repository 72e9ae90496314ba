package io.financialforce.soql;

/**
 * A value-producing term: a field path, a function call, or (as a function argument) a literal.
 */
public sealed interface Expression permits FieldPath, FunctionCall, Literal {

}
