/**
 * {@code FinancialForceOperations} and {@code FinancialForceTemplate}: the entry point for reading and writing mapped sObjects.
 */
@NullMarked
package io.financialforce.core;

import org.jspecify.annotations.NullMarked;
