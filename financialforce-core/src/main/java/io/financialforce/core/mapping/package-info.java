/**
 * Mapping of Java types to sObjects and fields ({@code @SObject}, {@code @SObjectField}, external ids, relationships),
 * the finance-grade value types mapped properties hold ({@code Money}, {@code Address}, {@code GeoLocation}, picklist
 * enums), and the check of mappings against the org's describe metadata.
 */
@NullMarked
package io.financialforce.core.mapping;

import org.jspecify.annotations.NullMarked;
