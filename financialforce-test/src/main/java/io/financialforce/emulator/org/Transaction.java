package io.financialforce.emulator.org;

/**
 * A unit of work of the store: everything written inside it can be rolled back to a savepoint or as a whole.
 */
public interface Transaction {

	/**
	 * Marks the current state.
	 * @return a savepoint
	 */
	int savepoint();

	/**
	 * Undoes every write made after a savepoint.
	 * @param savepoint a savepoint of this transaction
	 */
	void rollbackTo(int savepoint);

	/**
	 * Undoes every write of this transaction when it ends.
	 */
	void setRollbackOnly();

}
