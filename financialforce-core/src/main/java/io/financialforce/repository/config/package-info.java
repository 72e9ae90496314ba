/**
 * Repository configuration: {@code @EnableFinancialForceRepositories} and its registrar.
 */
@NullMarked
package io.financialforce.repository.config;

import org.jspecify.annotations.NullMarked;
