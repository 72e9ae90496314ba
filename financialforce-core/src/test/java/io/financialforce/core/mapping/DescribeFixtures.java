package io.financialforce.core.mapping;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.financialforce.client.ChildRelationship;
import io.financialforce.client.FieldDescription;
import io.financialforce.client.PicklistValue;
import io.financialforce.client.SObjectDescription;

/**
 * Describe metadata shaped like the org's (the client's describe types), for tests.
 */
public final class DescribeFixtures {

	private DescribeFixtures() {
	}

	/**
	 * An sObject's describe.
	 * @param name the API name
	 * @param fields the fields
	 * @param children the child relationships
	 * @return the describe
	 */
	public static SObjectDescription object(String name, List<FieldDescription> fields,
			List<ChildRelationship> children) {
		return new SObjectDescription(name, name, name, "a0X", name.endsWith("__c"), true, true, true, true, fields,
				children, List.of());
	}

	/**
	 * A child relationship.
	 * @param relationshipName the relationship
	 * @param childObject the child sObject
	 * @return the relationship
	 */
	public static ChildRelationship child(String relationshipName, String childObject) {
		return new ChildRelationship(childObject, "Parent__c", relationshipName, false);
	}

	/**
	 * A field.
	 * @param name the API name
	 * @param type the describe type
	 * @param createable whether it can be set on insert
	 * @param updateable whether it can be set on update
	 * @return the field
	 */
	public static FieldDescription field(String name, String type, boolean createable, boolean updateable) {
		return describe(name, type, createable, updateable, false, 2, null, List.of());
	}

	/**
	 * A lookup field.
	 * @param name the API name
	 * @param relationship the relationship name
	 * @param target the parent sObject
	 * @param updateable whether it can be set on update
	 * @return the field
	 */
	public static FieldDescription reference(String name, String relationship, String target, boolean updateable) {
		return describe(name, "reference", true, updateable, false, 0, relationship, List.of(target));
	}

	/**
	 * A picklist.
	 * @param name the API name
	 * @param type {@code picklist} or {@code multipicklist}
	 * @param values the values
	 * @return the field
	 */
	public static FieldDescription picklist(String name, String type, String... values) {
		return new FieldDescription(name, name, type, "xsd:string", 255, 0, 0, true, true, true, true, true, true,
				true, false, false, false, false, false, name.endsWith("__c"), false, List.of(), null,
				Arrays.stream(values).map((value) -> new PicklistValue(value, value, true, false)).toList(), false, false,
				null, null, false, 0, false);
	}

	/**
	 * A text external id field.
	 * @param name the API name
	 * @return the field
	 */
	public static FieldDescription externalId(String name) {
		return describe(name, "string", true, true, true, 0, null, List.of());
	}

	static FieldDescription field(String name, String type) {
		return field(name, type, true, true);
	}

	static FieldDescription readOnly(String name, String type) {
		return field(name, type, false, false);
	}

	private static FieldDescription describe(String name, String type, boolean createable, boolean updateable,
			boolean externalId, int scale, @Nullable String relationship, List<String> referenceTo) {
		return new FieldDescription(name, name, type, null, 0, 18, scale, true, createable, updateable, true, true,
				true, true, externalId, externalId, false, false, !createable && !updateable, name.endsWith("__c"),
				false, referenceTo, relationship, List.of(), false, false, null, null, false, 0, false);
	}

	static SObjectDescription invoice() {
		return object("c2g__codaInvoice__c",
				List.of(readOnly("Id", "id"), readOnly("Name", "string"),
						reference("c2g__Account__c", "c2g__Account__r", "Account", true),
						field("c2g__DueDate__c", "date"), field("c2g__InvoiceDate__c", "date"),
						picklist("c2g__InvoiceStatus__c", "picklist", "In Progress", "Complete", "Discarded"),
						readOnly("c2g__InvoiceTotal__c", "currency"), externalId("c2g__ExternalId__c"),
						picklist("CurrencyIsoCode", "picklist", "EUR", "USD"), readOnly("CreatedDate", "datetime")),
				List.of(child("c2g__InvoiceLineItems__r", "c2g__codaInvoiceLineItem__c")));
	}

	static SObjectDescription invoiceLine() {
		return object("c2g__codaInvoiceLineItem__c",
				List.of(readOnly("Id", "id"), field("c2g__NetValue__c", "currency"),
						reference("c2g__Invoice__c", "c2g__Invoice__r", "c2g__codaInvoice__c", false)),
				List.of());
	}

	static SObjectDescription account() {
		return object("Account",
				List.of(readOnly("Id", "id"), field("Name", "string"), field("AnnualRevenue", "currency"),
						readOnly("CreatedDate", "datetime"), readOnly("BillingAddress", "address"),
						picklist("Regions__c", "multipicklist", "EMEA", "APAC")),
				List.of(child("Contacts", "Contact"), child("c2g__Invoices__r", "c2g__codaInvoice__c")));
	}

	static DescribeSource source() {
		return new DescribeSource() {

			@Override
			public @Nullable SObjectDescription describe(String name) {
				return switch (name) {
					case "c2g__codaInvoice__c" -> invoice();
					case "c2g__codaInvoiceLineItem__c" -> invoiceLine();
					case "Account" -> account();
					default -> null;
				};
			}

			@Override
			public List<String> objectNames() {
				return List.of("Account", "c2g__codaInvoice__c", "c2g__codaInvoiceLineItem__c");
			}

		};
	}

}
