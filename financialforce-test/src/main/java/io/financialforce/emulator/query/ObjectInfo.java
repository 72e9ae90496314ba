package io.financialforce.emulator.query;

import java.util.List;
import java.util.Optional;

/**
 * What the evaluator needs to know of one sObject type. Lookups by name ignore case, as SOQL does.
 *
 * @param name the API name, canonical case
 * @param fields the fields
 * @param childRelationships the child relationships
 */
public record ObjectInfo(String name, List<FieldInfo> fields, List<ChildRelationshipInfo> childRelationships) {

	public ObjectInfo {
		fields = List.copyOf(fields);
		childRelationships = List.copyOf(childRelationships);
	}

	/**
	 * The field of that name, in any case.
	 * @param fieldName a field name as written in SOQL
	 * @return the field, if the object has it
	 */
	public Optional<FieldInfo> field(String fieldName) {
		return this.fields.stream().filter((field) -> field.name().equalsIgnoreCase(fieldName)).findFirst();
	}

	/**
	 * The reference field whose parent relationship has that name, in any case.
	 * @param relationshipName e.g. {@code Account} or {@code c2g__Account__r}
	 * @return the reference field, if any
	 */
	public Optional<FieldInfo> parentRelationship(String relationshipName) {
		return this.fields.stream()
			.filter((field) -> field.relationshipName() != null
					&& field.relationshipName().equalsIgnoreCase(relationshipName))
			.findFirst();
	}

	/**
	 * The child relationship of that name, in any case.
	 * @param relationshipName e.g. {@code c2g__InvoiceLineItems__r}
	 * @return the relationship, if any
	 */
	public Optional<ChildRelationshipInfo> childRelationship(String relationshipName) {
		return this.childRelationships.stream()
			.filter((relationship) -> relationship.relationshipName().equalsIgnoreCase(relationshipName))
			.findFirst();
	}

}
