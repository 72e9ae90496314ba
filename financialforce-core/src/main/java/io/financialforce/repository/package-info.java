/**
 * Spring Data repository support: {@code FinancialForceRepository} and {@code @Query}.
 */
@NullMarked
package io.financialforce.repository;

import org.jspecify.annotations.NullMarked;
