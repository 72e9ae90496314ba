package io.financialforce.emulator.query;

/**
 * A child relationship of an object, as a child subquery names it.
 *
 * @param relationshipName e.g. {@code c2g__InvoiceLineItems__r}
 * @param childObject the child object, e.g. {@code c2g__codaInvoiceLineItem__c}
 * @param field the child's reference field to the parent, e.g. {@code c2g__Invoice__c}
 */
public record ChildRelationshipInfo(String relationshipName, String childObject, String field) {

}
