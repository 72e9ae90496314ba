package io.financialforce.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One object of the global describe.
 *
 * @param name the API name, for example {@code c2g__codaInvoice__c}
 * @param label the label
 * @param labelPlural the plural label
 * @param keyPrefix the 3-character id prefix, {@literal null} for objects without ids
 * @param custom whether it is a custom object
 * @param createable whether records can be created
 * @param updateable whether records can be updated
 * @param deletable whether records can be deleted
 * @param queryable whether it can be queried
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SObjectSummary(String name, @Nullable String label, @Nullable String labelPlural,
		@Nullable String keyPrefix, boolean custom, boolean createable, boolean updateable, boolean deletable,
		boolean queryable) {

}
