package io.financialforce.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.financialforce.core.mapping.ExternalId;
import io.financialforce.core.mapping.PicklistValue;
import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import io.financialforce.core.mapping.UnknownPicklistValue;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * Entities mapped to the emulator's FinancialForce demo org, as a user of the library would write them.
 */
final class DemoOrgEntities {

	private DemoOrgEntities() {
	}

	enum InvoiceStatus {

		@PicklistValue("In Progress")
		IN_PROGRESS, @PicklistValue("Ready to Post")
		READY_TO_POST, @PicklistValue("Complete")
		COMPLETE, @PicklistValue("Discarded")
		DISCARDED, @UnknownPicklistValue
		OTHER

	}

	@SObject("Account")
	record Customer(@Id String id, String name, String industry, String billingCity,
			@SObjectField("c2g__CODABillingMethod__c") Set<String> billingMethods,
			@ExternalId @SObjectField("c2g__CODAExternalId__c") String externalId) {

		static Customer named(String name) {
			return new Customer(null, name, null, null, Set.of(), null);
		}

	}

	@SObject("c2g__codaInvoiceLineItem__c")
	record InvoiceLine(@Id String id, @SObjectField("c2g__Invoice__c") String invoiceId,
			@SObjectField("c2g__Quantity__c") BigDecimal quantity,
			@SObjectField("c2g__UnitPrice__c") BigDecimal unitPrice,
			@ReadOnlyProperty @SObjectField("c2g__NetValue__c") BigDecimal netValue) {
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(@Id String id, @ReadOnlyProperty String name,
			@SObjectField("c2g__Account__c") String accountId, @SObjectField("c2g__Account__r") Customer account,
			@SObjectField("c2g__InvoiceDate__c") LocalDate invoiceDate,
			@SObjectField("c2g__DueDate__c") LocalDate dueDate,
			@SObjectField("c2g__InvoiceStatus__c") InvoiceStatus status,
			@ReadOnlyProperty @SObjectField("c2g__NetTotal__c") BigDecimal netTotal,
			@SObjectField("c2g__InvoiceLineItems__r") List<InvoiceLine> lines,
			@ExternalId @SObjectField("c2g__ExternalId__c") String externalId) {

		static Invoice draft(String accountId, LocalDate dueDate, String externalId) {
			return new Invoice(null, null, accountId, null, dueDate.minusDays(30), dueDate, InvoiceStatus.IN_PROGRESS,
					null, null, externalId);
		}

	}

}
