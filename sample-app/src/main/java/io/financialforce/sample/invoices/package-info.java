/**
 * The invoices API: reads through the repositories, writes through {@code FinancialForceTemplate}, errors as RFC 9457
 * problem details.
 */
@NullMarked
package io.financialforce.sample.invoices;

import org.jspecify.annotations.NullMarked;
