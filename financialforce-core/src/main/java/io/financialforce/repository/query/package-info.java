/**
 * Repository query methods: derived queries from method names and {@code @Query} SOQL, both pushed down as one statement.
 */
@NullMarked
package io.financialforce.repository.query;

import org.jspecify.annotations.NullMarked;
