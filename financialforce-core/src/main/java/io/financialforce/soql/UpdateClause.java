package io.financialforce.soql;

/**
 * {@code UPDATE TRACKING} or {@code UPDATE VIEWSTAT}, for Knowledge articles.
 */
public enum UpdateClause {

	/** {@code UPDATE TRACKING}. */
	TRACKING,
	/** {@code UPDATE VIEWSTAT}. */
	VIEWSTAT

}
