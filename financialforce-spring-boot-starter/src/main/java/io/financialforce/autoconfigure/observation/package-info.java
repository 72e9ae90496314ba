/**
 * Observation support of the auto-configured FinancialForce client.
 */
@NullMarked
package io.financialforce.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
