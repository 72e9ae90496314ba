/**
 * Conversion between mapped entities and the JSON records of the REST API, with finance-grade value types.
 */
@NullMarked
package io.financialforce.core.convert;

import org.jspecify.annotations.NullMarked;
