/**
 * Repository factory and the default {@code SimpleFinancialForceRepository} implementation.
 */
@NullMarked
package io.financialforce.repository.support;

import org.jspecify.annotations.NullMarked;
