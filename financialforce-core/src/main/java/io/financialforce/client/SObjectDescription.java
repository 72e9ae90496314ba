package io.financialforce.client;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The describe of one sObject ({@code GET /sobjects/{name}/describe}).
 *
 * @param name the API name
 * @param label the label
 * @param labelPlural the plural label
 * @param keyPrefix the 3-character id prefix
 * @param custom whether it is a custom object
 * @param createable whether records can be created
 * @param updateable whether records can be updated
 * @param deletable whether records can be deleted
 * @param queryable whether it can be queried
 * @param fields the fields the user can see
 * @param childRelationships the relationships from child objects
 * @param recordTypeInfos the record types
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SObjectDescription(String name, @Nullable String label, @Nullable String labelPlural,
		@Nullable String keyPrefix, boolean custom, boolean createable, boolean updateable, boolean deletable,
		boolean queryable, List<FieldDescription> fields, List<ChildRelationship> childRelationships,
		List<RecordTypeInfo> recordTypeInfos) {

	/**
	 * Normalizes missing lists to empty ones.
	 */
	public SObjectDescription {
		fields = (fields != null) ? List.copyOf(fields) : List.of();
		childRelationships = (childRelationships != null) ? List.copyOf(childRelationships) : List.of();
		recordTypeInfos = (recordTypeInfos != null) ? List.copyOf(recordTypeInfos) : List.of();
	}

	/**
	 * Finds a field by name, ignoring case (as SOQL does).
	 * @param name the field's API name
	 * @return the field, if it exists and the user can see it
	 */
	public Optional<FieldDescription> field(String name) {
		return this.fields.stream().filter((field) -> field.name().equalsIgnoreCase(name)).findFirst();
	}

}
