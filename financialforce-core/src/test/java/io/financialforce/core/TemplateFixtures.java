package io.financialforce.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.financialforce.core.mapping.ExternalId;
import io.financialforce.core.mapping.PicklistValue;
import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * Mapped types of the template's unit tests, shaped like the FinancialForce demo org.
 */
final class TemplateFixtures {

	private TemplateFixtures() {
	}

	enum Status {

		@PicklistValue("In Progress")
		IN_PROGRESS, @PicklistValue("Complete")
		COMPLETE

	}

	record Customer(@Id String id, String name, String industry) {
	}

	@SObject("Account")
	record CustomerWithOwner(@Id String id, String name, @SObjectField("OwnerId") String ownerId, User owner) {
	}

	record User(@Id String id, String name) {
	}

	@SObject("c2g__codaInvoiceLineItem__c")
	record InvoiceLine(@Id String id, @SObjectField("c2g__Quantity__c") BigDecimal quantity,
			@SObjectField("c2g__UnitPrice__c") BigDecimal unitPrice) {
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(@Id String id, @ReadOnlyProperty String name, @SObjectField("c2g__Account__c") String accountId,
			@SObjectField("c2g__Account__r") Customer account, @SObjectField("c2g__InvoiceStatus__c") Status status,
			@SObjectField("c2g__DueDate__c") LocalDate dueDate, @SObjectField("c2g__NetTotal__c") BigDecimal netTotal,
			@SObjectField("c2g__InvoiceLineItems__r") List<InvoiceLine> lines,
			@SObjectField("Tags__c") Set<String> tags,
			@ExternalId @SObjectField("c2g__ExternalId__c") String externalId) {
	}

}
