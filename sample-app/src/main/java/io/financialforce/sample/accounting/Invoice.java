package io.financialforce.sample.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * A sales invoice ({@code c2g__codaInvoice__c}) with its customer and lines. Totals and the outstanding value are
 * computed by the org and never written; a {@code null} property is left unchanged by an update.
 *
 * @param id the record id
 * @param name the invoice number, e.g. {@code SIN000042}, given by the org
 * @param customerId the customer's account id
 * @param customer the customer, when the query includes it
 * @param companyId the issuing company
 * @param periodId the accounting period
 * @param invoiceDate the invoice date
 * @param dueDate when payment is due
 * @param status the status
 * @param customerReference the customer's reference, e.g. a purchase order number
 * @param description free text
 * @param currency the ISO code of the invoice currency
 * @param netTotal the sum of the lines' net values
 * @param taxTotal the sum of the lines' tax
 * @param invoiceTotal net plus tax
 * @param outstandingValue what the customer still owes (zero until posted)
 * @param lines the lines, when the query includes them
 */
@SObject("c2g__codaInvoice__c")
public record Invoice(@Id @Nullable String id, @ReadOnlyProperty @Nullable String name,
		@SObjectField("c2g__Account__c") @Nullable String customerId,
		@SObjectField("c2g__Account__r") @Nullable Customer customer,
		@SObjectField("c2g__OwnerCompany__c") @Nullable String companyId,
		@SObjectField("c2g__Period__c") @Nullable String periodId,
		@SObjectField("c2g__InvoiceDate__c") @Nullable LocalDate invoiceDate,
		@SObjectField("c2g__DueDate__c") @Nullable LocalDate dueDate,
		@SObjectField("c2g__InvoiceStatus__c") @Nullable InvoiceStatus status,
		@SObjectField("c2g__CustomerReference__c") @Nullable String customerReference,
		@SObjectField("c2g__InvoiceDescription__c") @Nullable String description,
		@SObjectField("CurrencyIsoCode") @Nullable String currency,
		@ReadOnlyProperty @SObjectField("c2g__NetTotal__c") @Nullable BigDecimal netTotal,
		@ReadOnlyProperty @SObjectField("c2g__TaxTotal__c") @Nullable BigDecimal taxTotal,
		@ReadOnlyProperty @SObjectField("c2g__InvoiceTotal__c") @Nullable BigDecimal invoiceTotal,
		@ReadOnlyProperty @SObjectField("c2g__OutstandingValue__c") @Nullable BigDecimal outstandingValue,
		@SObjectField("c2g__InvoiceLineItems__r") @Nullable List<InvoiceLine> lines) {

}
