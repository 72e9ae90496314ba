package io.financialforce.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A field of an sObject from describe.
 *
 * @param name the API name, for example {@code c2g__InvoiceDate__c}
 * @param label the label
 * @param type the field type, for example {@code string}, {@code reference}, {@code currency}, {@code picklist}
 * @param soapType the SOAP type, for example {@code xsd:double}, {@code tns:ID}
 * @param length the maximum length of text fields
 * @param precision the digits of number fields
 * @param scale the decimals of number fields
 * @param nillable whether the field may be empty
 * @param createable whether it can be set on create
 * @param updateable whether it can be set on update
 * @param filterable whether it can be used in WHERE
 * @param sortable whether it can be used in ORDER BY
 * @param groupable whether it can be used in GROUP BY
 * @param aggregatable whether it can be aggregated (newer API versions)
 * @param unique whether values are unique
 * @param externalId whether it is an external id
 * @param idLookup whether it can identify a record in upserts
 * @param nameField whether it is the object's name field
 * @param calculated whether it is a formula
 * @param custom whether it is a custom field
 * @param defaultedOnCreate whether the server fills it on create
 * @param referenceTo the objects a reference points to
 * @param relationshipName the name of a reference in parent paths, for example {@code Account}
 * @param picklistValues the values of a picklist
 * @param restrictedPicklist whether only the picklist's values are accepted
 * @param dependentPicklist whether the picklist's values depend on a controlling field
 * @param controllerName the controlling field of a dependent picklist
 * @param compoundFieldName the compound field this one is part of, for example {@code BillingAddress} for
 * {@code BillingStreet}
 * @param autoNumber whether the server numbers the field
 * @param digits the digits of integer fields
 * @param deprecatedAndHidden whether the field is deprecated and hidden
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldDescription(String name, @Nullable String label, String type, @Nullable String soapType,
		int length, int precision, int scale, boolean nillable, boolean createable, boolean updateable,
		boolean filterable, boolean sortable, boolean groupable, boolean aggregatable, boolean unique,
		boolean externalId, boolean idLookup, boolean nameField, boolean calculated, boolean custom,
		boolean defaultedOnCreate, @Nullable List<String> referenceTo, @Nullable String relationshipName,
		@Nullable List<PicklistValue> picklistValues, boolean restrictedPicklist, boolean dependentPicklist,
		@Nullable String controllerName, @Nullable String compoundFieldName, boolean autoNumber, int digits,
		boolean deprecatedAndHidden) {

	/**
	 * Normalizes missing lists to empty ones.
	 */
	public FieldDescription {
		referenceTo = (referenceTo != null) ? List.copyOf(referenceTo) : List.of();
		picklistValues = (picklistValues != null) ? List.copyOf(picklistValues) : List.of();
	}

}
