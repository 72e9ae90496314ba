package io.financialforce.core.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What the mapping check needs of an sObject's describe metadata ({@code GET /sobjects/{name}/describe}).
 *
 * @param name the API name of the sObject
 * @param fields its fields
 * @param childRelationships its child relationships (those without a name are left out)
 * @since 0.1.0
 */
public record DescribedObject(String name, List<DescribedField> fields,
		List<DescribedChildRelationship> childRelationships) {

	/**
	 * Checks and copies the parts.
	 * @param name the API name
	 * @param fields the fields
	 * @param childRelationships the named child relationships
	 */
	public DescribedObject {
		Assert.hasText(name, "'name' must not be empty");
		fields = List.copyOf(fields);
		childRelationships = List.copyOf(childRelationships);
	}

	/**
	 * The field of a name, ignoring case.
	 * @param fieldName the API name
	 * @return the field, or {@code null}
	 */
	public @Nullable DescribedField field(String fieldName) {
		for (DescribedField field : this.fields) {
			if (field.name().equalsIgnoreCase(fieldName)) {
				return field;
			}
		}
		return null;
	}

	/**
	 * The reference field of a parent relationship, ignoring case.
	 * @param relationshipName e.g. {@code c2g__Account__r}
	 * @return the reference field, or {@code null}
	 */
	public @Nullable DescribedField parentRelationship(String relationshipName) {
		for (DescribedField field : this.fields) {
			if (relationshipName.equalsIgnoreCase(field.relationshipName())) {
				return field;
			}
		}
		return null;
	}

	/**
	 * The child relationship of a name, ignoring case.
	 * @param relationshipName e.g. {@code c2g__InvoiceLineItems__r}
	 * @return the relationship, or {@code null}
	 */
	public @Nullable DescribedChildRelationship childRelationship(String relationshipName) {
		for (DescribedChildRelationship relationship : this.childRelationships) {
			if (relationship.relationshipName().equalsIgnoreCase(relationshipName)) {
				return relationship;
			}
		}
		return null;
	}

}
