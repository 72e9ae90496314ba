package io.financialforce.core.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.SObjectDescription;
import io.financialforce.client.SObjectSummary;

import org.springframework.util.Assert;

/**
 * Where the mapping check gets describe metadata from: in an application, the client's cached describe call
 * ({@link #of(FinancialForceClient)}).
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
	@Nullable SObjectDescription describe(String objectName);

	/**
	 * The API names of the org's sObjects, asked only when a mapped sObject is missing, to suggest the closest.
	 * @return the names; empty by default
	 */
	default List<String> objectNames() {
		return List.of();
	}

	/**
	 * The describe calls of a client (cached by the client), an unknown sObject answering {@code null}.
	 * @param client the client
	 * @return the source
	 */
	static DescribeSource of(FinancialForceClient client) {
		Assert.notNull(client, "'client' must not be null");
		return new DescribeSource() {

			@Override
			public @Nullable SObjectDescription describe(String objectName) {
				try {
					return client.describe(objectName);
				}
				catch (FinancialForceNotFoundException ex) {
					return null;
				}
			}

			@Override
			public List<String> objectNames() {
				return client.describeGlobal().sobjects().stream().map(SObjectSummary::name).toList();
			}

		};
	}

}
