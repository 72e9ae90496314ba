/**
 * Micrometer observations of {@code FinancialForceClient} operations: the context, the documented keys and the
 * conventions that name them.
 */
@NullMarked
package io.financialforce.client.observation;

import org.jspecify.annotations.NullMarked;
