package io.financialforce.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A record type of an sObject from describe.
 *
 * @param name the label
 * @param developerName the API name
 * @param recordTypeId the id
 * @param active whether it can be used
 * @param available whether the user can use it
 * @param defaultRecordTypeMapping whether it is the user's default
 * @param master whether it is the master record type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordTypeInfo(@Nullable String name, @Nullable String developerName, @Nullable String recordTypeId,
		boolean active, boolean available, boolean defaultRecordTypeMapping, boolean master) {

}
