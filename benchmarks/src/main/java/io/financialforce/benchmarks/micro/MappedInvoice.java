package io.financialforce.benchmarks.micro;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * An invoice as an application maps it: text, dates, decimals, a timestamp and its parent account, read from the
 * nested {@code c2g__Account__r} object.
 *
 * @param id the record id
 * @param name the invoice number
 * @param accountId the account's id
 * @param account the parent account
 * @param invoiceDate the invoice date
 * @param dueDate the due date
 * @param status the invoice status
 * @param netTotal the net total
 * @param total the total including tax
 * @param createdDate when the record was created
 */
@SObject("c2g__codaInvoice__c")
public record MappedInvoice(@Id String id, @ReadOnlyProperty String name,
		@SObjectField("c2g__Account__c") String accountId, MappedAccount account,
		@SObjectField("c2g__InvoiceDate__c") LocalDate invoiceDate, @SObjectField("c2g__DueDate__c") LocalDate dueDate,
		@SObjectField("c2g__InvoiceStatus__c") String status,
		@ReadOnlyProperty @SObjectField("c2g__NetTotal__c") BigDecimal netTotal,
		@ReadOnlyProperty @SObjectField("c2g__InvoiceTotal__c") BigDecimal total,
		@ReadOnlyProperty Instant createdDate) {

	/**
	 * The parent account of an invoice.
	 *
	 * @param id the account's id
	 * @param name the account's name
	 */
	@SObject("Account")
	public record MappedAccount(@Id String id, String name) {
	}

}
