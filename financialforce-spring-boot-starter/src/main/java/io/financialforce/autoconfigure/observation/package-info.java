/**
 * Micrometer observations of the FinancialForce API calls the auto-configured client makes.
 */
@NullMarked
package io.financialforce.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
