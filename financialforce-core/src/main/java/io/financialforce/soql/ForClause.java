package io.financialforce.soql;

/**
 * {@code FOR VIEW} or {@code FOR REFERENCE}: update the records' last-viewed or last-referenced date.
 */
public enum ForClause {

	/** {@code FOR VIEW}. */
	VIEW,
	/** {@code FOR REFERENCE}. */
	REFERENCE

}
