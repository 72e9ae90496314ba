/**
 * Mapping of Java types to sObjects and fields ({@code @SObject}, {@code @SObjectField}, external ids, relationships).
 */
@NullMarked
package io.financialforce.core.mapping;

import org.jspecify.annotations.NullMarked;
