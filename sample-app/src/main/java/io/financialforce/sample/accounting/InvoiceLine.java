package io.financialforce.sample.accounting;

import java.math.BigDecimal;

import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * A line of a sales invoice ({@code c2g__codaInvoiceLineItem__c}).
 *
 * @param id the record id
 * @param invoiceId the invoice (master-detail)
 * @param lineNumber the position on the invoice, from 1
 * @param productId the product sold, if any
 * @param description the line text
 * @param quantity the quantity
 * @param unitPrice the price of one unit
 * @param taxRate the tax rate in percent
 * @param taxValue the tax amount
 * @param netValue quantity times unit price, computed by the org
 */
@SObject("c2g__codaInvoiceLineItem__c")
public record InvoiceLine(@Id @Nullable String id, @SObjectField("c2g__Invoice__c") @Nullable String invoiceId,
		@SObjectField("c2g__LineNumber__c") @Nullable Integer lineNumber,
		@SObjectField("c2g__Product__c") @Nullable String productId,
		@SObjectField("c2g__LineDescription__c") @Nullable String description,
		@SObjectField("c2g__Quantity__c") @Nullable BigDecimal quantity,
		@SObjectField("c2g__UnitPrice__c") @Nullable BigDecimal unitPrice,
		@SObjectField("c2g__TaxRate1__c") @Nullable BigDecimal taxRate,
		@SObjectField("c2g__TaxValue1__c") @Nullable BigDecimal taxValue,
		@ReadOnlyProperty @SObjectField("c2g__NetValue__c") @Nullable BigDecimal netValue) {

}
