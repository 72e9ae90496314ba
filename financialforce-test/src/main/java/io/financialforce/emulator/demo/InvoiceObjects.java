package io.financialforce.emulator.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.FieldType;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.ObjectDefBuilder;
import org.jspecify.annotations.Nullable;

import static io.financialforce.emulator.demo.AccountingObjects.COMPANY;
import static io.financialforce.emulator.demo.AccountingObjects.CURRENCY;
import static io.financialforce.emulator.demo.AccountingObjects.DIMENSION1;
import static io.financialforce.emulator.demo.AccountingObjects.GLA;
import static io.financialforce.emulator.demo.AccountingObjects.INVOICE;
import static io.financialforce.emulator.demo.AccountingObjects.INVOICE_LINE;
import static io.financialforce.emulator.demo.AccountingObjects.PERIOD;
import static io.financialforce.emulator.demo.AccountingObjects.PURCHASE_EXPENSE_LINE;
import static io.financialforce.emulator.demo.AccountingObjects.PURCHASE_INVOICE;
import static io.financialforce.emulator.demo.AccountingObjects.TRANSACTION;
import static io.financialforce.emulator.demo.AccountingObjects.c2g;
import static io.financialforce.emulator.demo.AccountingObjects.sum;
import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.REQUIRED;

/**
 * The sales and payable invoices of the demo org with their lines; totals are roll-ups of the lines and formulas
 * over them, as in the managed package.
 */
final class InvoiceObjects {

	private InvoiceObjects() {
	}

	static ObjectDef invoice() {
		ObjectDefBuilder builder = ObjectDef.builder(INVOICE, "Sales Invoice", "Sales Invoices", "a0I")
			.autoNumberName("Invoice Number", "SIN{000000}")
			.lookup("c2g__Account__c", "Account", "Account", "c2g__Invoices__r", REQUIRED)
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__Invoices__r")
			.lookup("c2g__InvoiceCurrency__c", "Invoice Currency", CURRENCY, "c2g__Invoices__r")
			.lookup("c2g__Period__c", "Period", PERIOD, "c2g__Invoices__r")
			.lookup("c2g__Transaction__c", "Transaction", TRANSACTION, "c2g__Invoices__r")
			.lookup("c2g__Opportunity__c", "Opportunity", "Opportunity", "c2g__Invoices__r")
			.lookup("c2g__Dimension1__c", "Dimension 1", DIMENSION1, "c2g__Invoices__r")
			.date("c2g__InvoiceDate__c", "Invoice Date", REQUIRED)
			.defaultValue(FieldDef.TODAY)
			.date("c2g__DueDate__c", "Due Date")
			.picklist("c2g__InvoiceStatus__c", "Invoice Status", "In Progress*,Ready to Post,Complete,Discarded")
			.picklist("c2g__PrintStatus__c", "Print Status", "Not Printed*,Printed")
			.text("c2g__CustomerReference__c", "Customer Reference", 24)
			.textArea("c2g__InvoiceDescription__c", "Invoice Description", 255)
			.number("c2g__InvoiceRate__c", "Invoice Rate", 18, 9)
			.rollupSum("c2g__NetTotal__c", "Net Total", 2, INVOICE_LINE, "c2g__Invoice__c", "c2g__NetValue__c")
			.rollupSum("c2g__Tax1Total__c", "Tax 1 Total", 2, INVOICE_LINE, "c2g__Invoice__c", "c2g__TaxValue1__c")
			.formula("c2g__TaxTotal__c", "Tax Total", FieldType.DOUBLE, 18, 2,
					(r) -> sum(r.get("c2g__Tax1Total__c"), null))
			.formula("c2g__InvoiceTotal__c", "Invoice Total", FieldType.DOUBLE, 18, 2,
					(r) -> sum(r.get("c2g__NetTotal__c"), r.get("c2g__Tax1Total__c")))
			.formula("c2g__OutstandingValue__c", "Outstanding Value", FieldType.DOUBLE, 18, 2,
					(r) -> "Complete".equals(r.get("c2g__InvoiceStatus__c"))
							? sum(r.get("c2g__NetTotal__c"), r.get("c2g__Tax1Total__c")) : sum(null, null))
			.formula("c2g__PaymentStatus__c", "Payment Status", FieldType.STRING, 0, 0,
					(r) -> "Complete".equals(r.get("c2g__InvoiceStatus__c")) ? "Unpaid" : "Not Applicable")
			.checkbox("c2g__CopyAccountValues__c", "Copy Account Values", true)
			.checkbox("c2g__DeriveCurrency__c", "Derive Currency", true)
			.checkbox("c2g__DeriveDueDate__c", "Derive Due Date", true)
			.checkbox("c2g__DerivePeriod__c", "Derive Period", true);
		return c2g(builder);
	}

	static ObjectDef invoiceLine() {
		return c2g(ObjectDef.builder(INVOICE_LINE, "Sales Invoice Line Item", "Sales Invoice Line Items", "a0J")
			.autoNumberName("Line Item Number", "{0}")
			.masterDetail("c2g__Invoice__c", "Invoice", INVOICE, "c2g__InvoiceLineItems__r")
			.lookup("c2g__Product__c", "Product Name", "Product2", "c2g__InvoiceLineItems__r")
			.number("c2g__Quantity__c", "Quantity", 18, 6, REQUIRED)
			.defaultValue(BigDecimal.ONE)
			.number("c2g__UnitPrice__c", "Unit Price", 18, 9)
			.defaultValue(BigDecimal.ZERO)
			.formula("c2g__NetValue__c", "Net Value", FieldType.DOUBLE, 18, 2, InvoiceObjects::netValue)
			.textArea("c2g__LineDescription__c", "Line Description", 255)
			.number("c2g__LineNumber__c", "Line Number", 18, 0)
			.number("c2g__TaxRate1__c", "Tax Rate 1", 7, 3)
			.number("c2g__TaxValue1__c", "Tax Value 1", 18, 2)
			.lookup("c2g__Dimension1__c", "Dimension 1", DIMENSION1, "c2g__InvoiceLineItems__r")
			.lookup("c2g__GeneralLedgerAccount__c", "Override Product GLA", GLA, "c2g__SalesInvoiceLineItems__r")
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__InvoiceLineItems__r")
			.checkbox("c2g__DeriveUnitPriceFromProduct__c", "Derive Unit Price From Product", true)
			.checkbox("c2g__CalculateTaxValue1FromRate__c", "Calculate Tax Value 1 From Rate", true));
	}

	private static @Nullable Object netValue(FieldDef.RecordValues record) {
		Object quantity = record.get("c2g__Quantity__c");
		Object unitPrice = record.get("c2g__UnitPrice__c");
		if (!(quantity instanceof BigDecimal q) || !(unitPrice instanceof BigDecimal p)) {
			return BigDecimal.ZERO.setScale(2);
		}
		return q.multiply(p).setScale(2, RoundingMode.HALF_UP);
	}

	static ObjectDef purchaseInvoice() {
		ObjectDefBuilder builder = ObjectDef.builder(PURCHASE_INVOICE, "Payable Invoice", "Payable Invoices", "a0K")
			.autoNumberName("Payable Invoice Number", "PIN{000000}")
			.lookup("c2g__Account__c", "Account", "Account", "c2g__PurchaseInvoices__r", REQUIRED)
			.text("c2g__AccountInvoiceNumber__c", "Vendor Invoice Number", 25)
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__PurchaseInvoices__r")
			.lookup("c2g__Period__c", "Period", PERIOD, "c2g__PurchaseInvoices__r")
			.lookup("c2g__InvoiceCurrency__c", "Invoice Currency", CURRENCY, "c2g__PurchaseInvoices__r")
			.date("c2g__InvoiceDate__c", "Invoice Date")
			.defaultValue(FieldDef.TODAY)
			.date("c2g__DueDate__c", "Due Date")
			.picklist("c2g__InvoiceStatus__c", "Invoice Status", "In Progress*,Ready to Post,Complete,Discarded")
			.text("c2g__Reference1__c", "Reference 1", 80)
			.textArea("c2g__InvoiceDescription__c", "Invoice Description", 255)
			.rollupSum("c2g__ExpensesNetTotal__c", "Expenses Net Total", 2, PURCHASE_EXPENSE_LINE,
					"c2g__PurchaseInvoice__c", "c2g__NetValue__c")
			.rollupSum("c2g__ExpensesTax1Total__c", "Expenses Tax 1 Total", 2, PURCHASE_EXPENSE_LINE,
					"c2g__PurchaseInvoice__c", "c2g__TaxValue1__c")
			.formula("c2g__NetTotal__c", "Net Total", FieldType.DOUBLE, 18, 2,
					(r) -> sum(r.get("c2g__ExpensesNetTotal__c"), null))
			.formula("c2g__TaxTotal__c", "Tax Total", FieldType.DOUBLE, 18, 2,
					(r) -> sum(r.get("c2g__ExpensesTax1Total__c"), null))
			.formula("c2g__InvoiceTotal__c", "Invoice Total", FieldType.DOUBLE, 18, 2,
					(r) -> sum(r.get("c2g__ExpensesNetTotal__c"), r.get("c2g__ExpensesTax1Total__c")));
		return c2g(builder);
	}

	static ObjectDef purchaseExpenseLine() {
		return c2g(ObjectDef.builder(PURCHASE_EXPENSE_LINE, "Payable Invoice Expense Line Item",
				"Payable Invoice Expense Line Items", "a0Q")
			.autoNumberName("Line Item Number", "{0}")
			.masterDetail("c2g__PurchaseInvoice__c", "Payable Invoice", PURCHASE_INVOICE,
					"c2g__PurchaseInvoiceExpenseLineItems__r")
			.lookup("c2g__GeneralLedgerAccount__c", "General Ledger Account", GLA,
					"c2g__PurchaseInvoiceExpenseLineItems__r")
			.number("c2g__NetValue__c", "Net Value", 18, 2, REQUIRED)
			.number("c2g__TaxValue1__c", "Tax Value 1", 18, 2)
			.textArea("c2g__LineDescription__c", "Line Description", 255)
			.number("c2g__LineNumber__c", "Line Number", 18, 0));
	}

}
