/**
 * The FinancialForce Accounting objects the receivables service reads and writes, and their repositories.
 */
@NullMarked
package io.financialforce.sample.accounting;

import org.jspecify.annotations.NullMarked;
