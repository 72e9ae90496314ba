/**
 * Immutable, fluent {@code Query} and {@code Criteria} that build SOQL syntax trees.
 */
@NullMarked
package io.financialforce.core.query;

import org.jspecify.annotations.NullMarked;
