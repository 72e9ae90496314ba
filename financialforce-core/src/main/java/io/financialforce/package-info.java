/**
 * Exceptions of FinancialForce for Spring, all in Spring's {@code DataAccessException} family.
 */
@NullMarked
package io.financialforce;

import org.jspecify.annotations.NullMarked;
