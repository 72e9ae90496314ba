package io.financialforce.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * The types the workloads read and write, mapped to the demo org.
 */
final class Entities {

	private Entities() {
	}

	@SObject("c2g__codaInvoice__c")
	record Invoice(@Id String id, @ReadOnlyProperty String name, @SObjectField("c2g__Account__c") String accountId,
			@SObjectField("c2g__InvoiceDate__c") LocalDate invoiceDate,
			@SObjectField("c2g__DueDate__c") LocalDate dueDate,
			@SObjectField("c2g__InvoiceStatus__c") String status,
			@ReadOnlyProperty @SObjectField("c2g__NetTotal__c") BigDecimal netTotal) {
	}

	@SObject("Account")
	record Customer(@Id String id, String name, String industry) {
	}

	/** The fields of {@link Invoice}, for the libraries that take SOQL text. */
	static final String[] INVOICE_FIELD_NAMES = { "Id", "Name", "c2g__Account__c", "c2g__InvoiceDate__c",
			"c2g__DueDate__c", "c2g__InvoiceStatus__c", "c2g__NetTotal__c" };

	/** The select list of {@link Invoice} as one string, for WSC's {@code retrieve}. */
	static final String INVOICE_FIELDS = String.join(", ", INVOICE_FIELD_NAMES);

}
