package io.financialforce.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A relationship from child records to the described object, for example {@code Contacts} of {@code Account}.
 *
 * @param childSObject the child object, for example {@code Contact}
 * @param field the child's lookup field, for example {@code AccountId}
 * @param relationshipName the name used in subqueries, {@literal null} when it cannot be queried
 * @param cascadeDelete whether deleting the parent deletes the children
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildRelationship(String childSObject, String field, @Nullable String relationshipName,
		boolean cascadeDelete) {

}
