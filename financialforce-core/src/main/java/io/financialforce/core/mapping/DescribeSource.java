package io.financialforce.core.mapping;

import org.jspecify.annotations.Nullable;

/**
 * Where the mapping check gets describe metadata from: in an application, the client's (cached) describe call.
 *
 * @since 0.1.0
 * @see FinancialForceMappingContext#setDescribeSource(DescribeSource)
 */
@FunctionalInterface
public interface DescribeSource {

	/**
	 * The describe metadata of an sObject.
	 * @param objectName the API name of the sObject
	 * @return its metadata, or {@code null} if the org has no such sObject (or the user cannot see it)
	 */
	@Nullable DescribedObject describe(String objectName);

}
