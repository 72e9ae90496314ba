/**
 * A receivables service over FinancialForce Accounting data, the project's runnable example.
 */
@NullMarked
package io.financialforce.sample;

import org.jspecify.annotations.NullMarked;
