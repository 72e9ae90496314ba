package io.financialforce.core.mapping;

import org.springframework.util.Assert;

/**
 * A child relationship of an sObject's describe metadata ({@code childRelationships[]}).
 *
 * @param relationshipName the name child subqueries select from, e.g. {@code c2g__InvoiceLineItems__r}
 * @param childObject the child sObject, e.g. {@code c2g__codaInvoiceLineItem__c}
 * @since 0.1.0
 */
public record DescribedChildRelationship(String relationshipName, String childObject) {

	/**
	 * Checks the parts.
	 * @param relationshipName the relationship name
	 * @param childObject the child sObject
	 */
	public DescribedChildRelationship {
		Assert.hasText(relationshipName, "'relationshipName' must not be empty");
		Assert.hasText(childObject, "'childObject' must not be empty");
	}

}
