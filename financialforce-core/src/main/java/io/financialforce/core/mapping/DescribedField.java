package io.financialforce.core.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What the mapping check needs of a field's describe metadata ({@code fields[]} of
 * {@code GET /sobjects/{name}/describe}).
 *
 * @param name the API name, e.g. {@code c2g__DueDate__c}
 * @param type the describe type in lower case: {@code string}, {@code currency}, {@code reference}, ...
 * @param createable whether the field can be set on insert
 * @param updateable whether the field can be set on update
 * @param externalId whether the field is an external id (or id lookup) that upserts can match on
 * @param scale the number of decimal places of numbers
 * @param relationshipName the relationship of a reference field ({@code c2g__Account__r}), or {@code null}
 * @param referenceTo the sObjects a reference field points to
 * @param picklistValues the values of a picklist or multi-select picklist
 * @since 0.1.0
 */
public record DescribedField(String name, String type, boolean createable, boolean updateable, boolean externalId,
		int scale, @Nullable String relationshipName, List<String> referenceTo, List<String> picklistValues) {

	/**
	 * Checks and copies the parts.
	 * @param name the API name
	 * @param type the describe type
	 * @param createable whether the field can be set on insert
	 * @param updateable whether the field can be set on update
	 * @param externalId whether upserts can match on the field
	 * @param scale the number of decimal places
	 * @param relationshipName the relationship of a reference field
	 * @param referenceTo the sObjects a reference field points to
	 * @param picklistValues the values of a picklist
	 */
	public DescribedField {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(type, "'type' must not be empty");
		referenceTo = List.copyOf(referenceTo);
		picklistValues = List.copyOf(picklistValues);
	}

}
