/**
 * Auto-configuration of FinancialForce repositories.
 */
@NullMarked
package io.financialforce.autoconfigure.data;

import org.jspecify.annotations.NullMarked;
