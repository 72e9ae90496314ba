package io.financialforce.core.mapping;

import java.util.List;

/**
 * Describe metadata shaped like the org's, for tests.
 */
final class DescribeFixtures {

	private DescribeFixtures() {
	}

	static DescribedField field(String name, String type) {
		return new DescribedField(name, type, true, true, false, 0, null, List.of(), List.of());
	}

	static DescribedField readOnly(String name, String type) {
		return new DescribedField(name, type, false, false, false, 0, null, List.of(), List.of());
	}

	static DescribedField number(String name, String type, int scale) {
		return new DescribedField(name, type, true, true, false, scale, null, List.of(), List.of());
	}

	static DescribedField reference(String name, String relationship, String target) {
		return new DescribedField(name, "reference", true, true, false, 0, relationship, List.of(target), List.of());
	}

	static DescribedField picklist(String name, String... values) {
		return new DescribedField(name, "picklist", true, true, false, 0, null, List.of(), List.of(values));
	}

	static DescribedField externalId(String name) {
		return new DescribedField(name, "string", true, true, true, 0, null, List.of(), List.of());
	}

	static DescribedObject invoice() {
		return new DescribedObject("c2g__codaInvoice__c",
				List.of(readOnly("Id", "id"), readOnly("Name", "string"),
						reference("c2g__Account__c", "c2g__Account__r", "Account"),
						field("c2g__DueDate__c", "date"), field("c2g__InvoiceDate__c", "date"),
						picklist("c2g__InvoiceStatus__c", "In Progress", "Complete", "Discarded"),
						new DescribedField("c2g__InvoiceTotal__c", "currency", false, false, false, 2, null, List.of(),
								List.of()),
						externalId("c2g__ExternalId__c"), picklist("CurrencyIsoCode", "EUR", "USD"),
						readOnly("CreatedDate", "datetime")),
				List.of(new DescribedChildRelationship("c2g__InvoiceLineItems__r", "c2g__codaInvoiceLineItem__c")));
	}

	static DescribedObject invoiceLine() {
		return new DescribedObject("c2g__codaInvoiceLineItem__c",
				List.of(readOnly("Id", "id"), number("c2g__NetValue__c", "currency", 2),
						reference("c2g__Invoice__c", "c2g__Invoice__r", "c2g__codaInvoice__c")),
				List.of());
	}

	static DescribedObject account() {
		return new DescribedObject("Account",
				List.of(readOnly("Id", "id"), field("Name", "string"), number("AnnualRevenue", "currency", 2),
						readOnly("CreatedDate", "datetime"), readOnly("BillingAddress", "address"),
						new DescribedField("Regions__c", "multipicklist", true, true, false, 0, null, List.of(),
								List.of("EMEA", "APAC"))),
				List.of(new DescribedChildRelationship("Contacts", "Contact"),
						new DescribedChildRelationship("c2g__Invoices__r", "c2g__codaInvoice__c")));
	}

	static DescribeSource source() {
		return (name) -> switch (name) {
			case "c2g__codaInvoice__c" -> invoice();
			case "c2g__codaInvoiceLineItem__c" -> invoiceLine();
			case "Account" -> account();
			default -> null;
		};
	}

}
