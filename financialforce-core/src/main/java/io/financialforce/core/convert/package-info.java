/**
 * Conversion between mapped entities and the JSON records of the REST API: streaming reads of query results into
 * entities, and the bodies of inserts, updates, upserts and sObject Collections.
 */
@NullMarked
package io.financialforce.core.convert;

import org.jspecify.annotations.NullMarked;
