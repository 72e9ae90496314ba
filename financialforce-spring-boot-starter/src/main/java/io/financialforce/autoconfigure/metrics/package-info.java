/**
 * Micrometer meters of the FinancialForce org's API usage.
 */
@NullMarked
package io.financialforce.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
