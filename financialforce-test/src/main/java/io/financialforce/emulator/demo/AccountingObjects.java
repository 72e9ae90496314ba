package io.financialforce.emulator.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.ObjectDefBuilder;

import org.jspecify.annotations.Nullable;

import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.EXTERNAL_ID;
import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.REQUIRED;
import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.UNIQUE;

/**
 * The Accounting ({@code c2g__}) and PSA ({@code pse__}) objects of the demo org, as the Certinia data dictionary and
 * managed metadata describe them: money fields Number(18,2), rates Number(18,9), quantities Number(18,6); every c2g
 * object has {@code c2g__ExternalId__c} (external id, unique) and {@code c2g__UnitOfWork__c}.
 */
final class AccountingObjects {

	static final String COMPANY = "c2g__codaCompany__c";

	static final String YEAR = "c2g__codaYear__c";

	static final String PERIOD = "c2g__codaPeriod__c";

	static final String GLA = "c2g__codaGeneralLedgerAccount__c";

	static final String DIMENSION1 = "c2g__codaDimension1__c";

	static final String CURRENCY = "c2g__codaAccountingCurrency__c";

	static final String INVOICE = "c2g__codaInvoice__c";

	static final String INVOICE_LINE = "c2g__codaInvoiceLineItem__c";

	static final String PURCHASE_INVOICE = "c2g__codaPurchaseInvoice__c";

	static final String PURCHASE_EXPENSE_LINE = "c2g__codaPurchaseInvoiceExpenseLineItem__c";

	static final String JOURNAL = "c2g__codaJournal__c";

	static final String JOURNAL_LINE = "c2g__codaJournalLineItem__c";

	static final String TRANSACTION = "c2g__codaTransaction__c";

	static final String TRANSACTION_LINE = "c2g__codaTransactionLineItem__c";

	static final String CASH_ENTRY = "c2g__codaCashEntry__c";

	static final String PROJECT = "pse__Proj__c";

	private AccountingObjects() {
	}

	static List<ObjectDef> all() {
		return List.of(company(), year(), period(), gla(), dimension1(), currency(), InvoiceObjects.invoice(),
				InvoiceObjects.invoiceLine(), InvoiceObjects.purchaseInvoice(), InvoiceObjects.purchaseExpenseLine(),
				journal(), journalLine(), transaction(), transactionLine(), cashEntry(), project());
	}

	static ObjectDef c2g(ObjectDefBuilder builder) {
		return c2g(builder, "c2g__UnitOfWork__c");
	}

	static ObjectDef c2g(ObjectDefBuilder builder, String unitOfWork) {
		return builder.text("c2g__ExternalId__c", "External Id", 32, EXTERNAL_ID)
			.number(unitOfWork, "Unit of Work", 18, 0)
			.build();
	}

	static @Nullable BigDecimal sum(@Nullable Object a, @Nullable Object b) {
		BigDecimal left = (a instanceof BigDecimal decimal) ? decimal : BigDecimal.ZERO;
		BigDecimal right = (b instanceof BigDecimal decimal) ? decimal : BigDecimal.ZERO;
		return left.add(right).setScale(2, RoundingMode.HALF_UP);
	}

	static ObjectDef company() {
		return c2g(ObjectDef.builder(COMPANY, "Company", "Companies", "a0B")
			.name("Company Name", 80, REQUIRED)
			.textArea("c2g__Street__c", "Street", 32000)
			.text("c2g__City__c", "City", 40)
			.text("c2g__StateProvince__c", "State/Province", 20)
			.text("c2g__ZipPostCode__c", "Zip/Postal Code", 20)
			.text("c2g__Country__c", "Country", 40)
			.text("c2g__VATRegistrationNumber__c", "VAT Registration Number", 20)
			.text("c2g__TaxIdentificationNumber__c", "Tax Identification Number", 20)
			.picklist("c2g__ECCountryCode__c", "EC Country Code", "AT,BE,DE,ES,FR,GB,IE,IT,NL,US")
			.email("c2g__ContactEmail__c", "Contact Email")
			.phone("c2g__Phone__c", "Phone")
			.url("c2g__Website__c", "Website")
			.picklist("c2g__YearEndMode__c", "Year End Mode", "Full Accounting Code*,GLA Only")
			.picklist("c2g__CashMatchingCurrencyMode__c", "Cash Matching Currency Mode", "Account*,Document")
			.lookup("c2g__RetainedEarningsGLA__c", "Retained Earnings GLA", GLA, "c2g__DefaultRetainedEarningsGLA__r"));
	}

	static ObjectDef year() {
		return c2g(ObjectDef.builder(YEAR, "Year", "Years", "a0Y")
			.name("Year Name", 80, REQUIRED)
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__Years__r")
			.date("c2g__StartDate__c", "Start Date", REQUIRED)
			.date("c2g__EndDate__c", "End Date")
			.number("c2g__NumberOfPeriods__c", "Number of Periods", 4, 0, REQUIRED)
			.picklist("c2g__PeriodCalculationBasis__c", "Period Calculation Basis",
					"Month,Month End*,445,454,544,Custom")
			.picklist("c2g__Status__c", "Status", "Open*,Closed,Closing,Error")
			.checkbox("c2g__AutomaticPeriodList__c", "Automatic Period List", false));
	}

	static ObjectDef period() {
		return c2g(ObjectDef.builder(PERIOD, "Period", "Periods", "a0P")
			.name("Period ID", 80, REQUIRED)
			.masterDetail("c2g__YearName__c", "Year", YEAR, "c2g__Periods__r")
			.text("c2g__PeriodNumber__c", "Period Number", 3, REQUIRED)
			.date("c2g__StartDate__c", "Start Date", REQUIRED)
			.date("c2g__EndDate__c", "End Date", REQUIRED)
			.text("c2g__Description__c", "Description", 80)
			.picklist("c2g__PeriodGroup__c", "Period Group", "Q1,Q2,Q3,Q4")
			.checkbox("c2g__AP__c", "AP", false)
			.checkbox("c2g__AR__c", "AR", false)
			.checkbox("c2g__Cash__c", "Cash", false)
			.checkbox("c2g__Closed__c", "Final Close", false)
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__Periods__r"));
	}

	static ObjectDef gla() {
		return c2g(ObjectDef.builder(GLA, "General Ledger Account", "General Ledger Accounts", "a0G")
			.name("General Ledger Account Name", 80, REQUIRED)
			.text("c2g__ReportingCode__c", "Reporting Code", 24, REQUIRED, UNIQUE)
			.picklist("c2g__Type__c", "Type", "Balance Sheet,Profit and Loss,Retained Earnings")
			.picklist("c2g__GLAGroup__c", "GLA Group", "Accounts Receivable,Accounts Payable,Cash")
			.picklist("c2g__TrialBalance1__c", "Trial Balance 1", "Profit and Loss,Income Statement,Balance Sheet")
			.picklist("c2g__BalanceSheet1__c", "Balance Sheet 1", "Assets,Liabilities,Equity")
			.checkbox("c2g__AllowRevaluation__c", "Allow Revaluation", false));
	}

	static ObjectDef dimension1() {
		return c2g(ObjectDef.builder(DIMENSION1, "Dimension 1", "Dimension 1", "a0D")
			.name("Dimension 1 Name", 80, REQUIRED)
			.text("c2g__ReportingCode__c", "Reporting Code", 24, REQUIRED, UNIQUE)
			.text("c2g__Type__c", "Type", 24)
			.checkbox("c2g__Disabled__c", "Disabled", false));
	}

	static ObjectDef currency() {
		return c2g(ObjectDef.builder(CURRENCY, "Accounting Currency", "Accounting Currencies", "a0C")
			.name("ISO Code", 80, REQUIRED)
			.number("c2g__DecimalPlaces__c", "Decimal Places", 1, 0, REQUIRED)
			.checkbox("c2g__Home__c", "Home", false)
			.checkbox("c2g__Dual__c", "Dual", false)
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__AccountingCurrencies__r"));
	}

	static ObjectDef journal() {
		ObjectDefBuilder builder = ObjectDef.builder(JOURNAL, "Journal", "Journals", "a0L")
			.autoNumberName("Journal Number", "JNL{000000}")
			.date("c2g__JournalDate__c", "Journal Date", REQUIRED)
			.defaultValue(FieldDef.TODAY)
			.picklist("c2g__JournalStatus__c", "Journal Status", "In Progress*,Complete,Ready To Post,Discarded")
			.picklist("c2g__Type__c", "Type", "Manual Journal*,Cash Matching Journal,Cancelling Journal,"
					+ "Income Schedule,Reversing Journal,Reconciliation Journal,Year End Journal")
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__Journals__r")
			.lookup("c2g__Period__c", "Period", PERIOD, "c2g__Journals__r")
			.lookup("c2g__JournalCurrency__c", "Journal Currency", CURRENCY, "c2g__Journals__r")
			.text("c2g__Reference__c", "Reference", 80)
			.textArea("c2g__JournalDescription__c", "Journal Description", 255)
			.rollupSum("c2g__Total__c", "Total", 2, JOURNAL_LINE, "c2g__Journal__c", "c2g__Value__c");
		return c2g(builder, "c2g__UnitofWork__c");
	}

	static ObjectDef journalLine() {
		return c2g(ObjectDef.builder(JOURNAL_LINE, "Journal Line Item", "Journal Line Items", "a0M")
			.autoNumberName("Line Item Number", "{0}")
			.masterDetail("c2g__Journal__c", "Journal", JOURNAL, "c2g__JournalLineItems__r")
			.picklist("c2g__LineType__c", "Line Type", "Account - Customer,Account - Vendor,Bank Account,"
					+ "General Ledger Account,Product - Purchases,Product - Sales,Tax Code,Intercompany")
			.number("c2g__Value__c", "Value", 18, 2, REQUIRED)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.picklist("c2g__DebitCredit__c", "Debit/Credit", "Debit,Credit")
			.lookup("c2g__GeneralLedgerAccount__c", "General Ledger Account", GLA, "c2g__JournalLineItems__r")
			.lookup("c2g__Account__c", "Account", "Account", "c2g__JournalLineItems__r")
			.lookup("c2g__Dimension1__c", "Dimension 1", DIMENSION1, "c2g__JournalLineItems__r")
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__JournalLineItems__r")
			.text("c2g__LineDescription__c", "Line Description", 255)
			.number("c2g__LineNumber__c", "Line Number", 18, 0));
	}

	static ObjectDef transaction() {
		return c2g(ObjectDef.builder(TRANSACTION, "Transaction", "Transactions", "a0T")
			.autoNumberName("Transaction Number", "TRN{000000}")
			.date("c2g__TransactionDate__c", "Transaction Date", REQUIRED)
			.defaultValue(FieldDef.TODAY)
			.picklist("c2g__TransactionType__c", "Transaction Type", "Invoice,Purchase Invoice,Cash,Journal,"
					+ "Credit Note,Purchase Credit Note,Cash Matching Journal,Currency Revaluation,Year End Journal")
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__Transactions__r")
			.lookup("c2g__Period__c", "Period", PERIOD, "c2g__Transactions__r")
			.lookup("c2g__Account__c", "Account", "Account", "c2g__Transactions__r")
			.lookup("c2g__SalesInvoice__c", "Sales Invoice", INVOICE, "c2g__Transactions__r")
			.lookup("c2g__Journal__c", "Journal", JOURNAL, "c2g__Transactions__r")
			.lookup("c2g__CashEntry__c", "Cash Entry", CASH_ENTRY, "c2g__Transactions__r")
			.text("c2g__DocumentNumber__c", "Document Number", 80)
			.text("c2g__DocumentDescription__c", "Document Description", 255)
			.rollupSum("c2g__DocumentTotal__c", "Document Total", 2, TRANSACTION_LINE, "c2g__Transaction__c",
					"c2g__DocumentValue__c")
			.rollupSum("c2g__HomeValueTotal__c", "Home Value Total", 2, TRANSACTION_LINE, "c2g__Transaction__c",
					"c2g__HomeValue__c"));
	}

	static ObjectDef transactionLine() {
		return c2g(ObjectDef.builder(TRANSACTION_LINE, "Transaction Line Item", "Transaction Line Items", "a0U")
			.autoNumberName("Line ID", "{0}")
			.masterDetail("c2g__Transaction__c", "Transaction", TRANSACTION, "c2g__TransactionLineItems__r")
			.picklist("c2g__LineType__c", "Line Type", "Analysis*,Account,Tax")
			.number("c2g__LineNumber__c", "Line Number", 18, 0, REQUIRED)
			.defaultValue(BigDecimal.ZERO)
			.lookup("c2g__GeneralLedgerAccount__c", "General Ledger Account", GLA, "c2g__TransactionLineItems__r")
			.lookup("c2g__Account__c", "Account", "Account", "c2g__TransactionLineItems__r")
			.lookup("c2g__Dimension1__c", "Dimension 1", DIMENSION1, "c2g__TransactionLineItems__r")
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__TransactionLineItems__r")
			.number("c2g__HomeValue__c", "Home Value", 18, 2)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.number("c2g__DualValue__c", "Dual Value", 18, 2)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.number("c2g__DocumentValue__c", "Document Value", 18, 2)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.number("c2g__DocumentOutstandingValue__c", "Document Outstanding Value", 18, 2)
			.picklist("c2g__MatchingStatus__c", "Matching Status",
					"Available*,Matched,Not Matchable,Proposed,Proposed Void")
			.date("c2g__DueDate__c", "Due Date")
			.textArea("c2g__LineDescription__c", "Line Description", 255));
	}

	static ObjectDef cashEntry() {
		return c2g(ObjectDef.builder(CASH_ENTRY, "Cash Entry", "Cash Entries", "a0E")
			.autoNumberName("Cash Entry Number", "CSH{000000}")
			.picklist("c2g__Type__c", "Type", "Receipt*,Refund,Payment,Payment Refund")
			.picklist("c2g__Status__c", "Status", "In Progress*,Complete,Discarded")
			.picklist("c2g__PaymentMethod__c", "Payment Method", "Cash*,Check,Electronic,Mixed")
			.date("c2g__Date__c", "Date", REQUIRED)
			.defaultValue(FieldDef.TODAY)
			.lookup("c2g__Account__c", "Account", "Account", "c2g__CashEntries__r")
			.lookup("c2g__OwnerCompany__c", "Company", COMPANY, "c2g__CashEntries__r")
			.lookup("c2g__Period__c", "Period", PERIOD, "c2g__CashEntries__r")
			.lookup("c2g__CashEntryCurrency__c", "Cash Entry Currency", CURRENCY, "c2g__CashEntries__r")
			.number("c2g__Value__c", "Cash Entry Value", 18, 2)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.text("c2g__Reference__c", "Reference", 80)
			.textArea("c2g__Description__c", "Description", 255));
	}

	static ObjectDef project() {
		return ObjectDef.builder(PROJECT, "Project", "Projects", "a1P")
			.name("Project Name", 80, REQUIRED)
			.lookup("pse__Account__c", "Account", "Account", "pse__Projects__r")
			.lookup("pse__Opportunity__c", "Opportunity", "Opportunity", "pse__Projects__r")
			.lookup("pse__Project_Manager__c", "Project Manager", "Contact", "pse__ProjectsManaged__r")
			.date("pse__Start_Date__c", "Start Date")
			.date("pse__End_Date__c", "End Date")
			.checkbox("pse__Is_Active__c", "Active", false)
			.checkbox("pse__Is_Billable__c", "Billable", false)
			.picklist("pse__Stage__c", "Stage",
					"Missing Paperwork,SOW,Planned*,In Progress,On Hold,Delivered,Completed,Canceled")
			.picklist("pse__Project_Type__c", "Project Type", "Customer Project,Internal")
			.picklist("pse__Billing_Type__c", "Billing Type", "Fixed Price,Time and Materials")
			.picklist("pse__Project_Status__c", "Project Status", "Green,Yellow,Red,Complete")
			.currency("pse__Billings__c", "Billings", 18, 2)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.currency("pse__Bookings__c", "Bookings", 18, 2)
			.defaultValue(BigDecimal.ZERO.setScale(2))
			.number("pse__Planned_Hours__c", "Planned Hours", 18, 2)
			.validationRule("Start_Date_must_be_before_End_Date", "The project start date must be before its end date.",
					"pse__Start_Date__c", (r) -> r.get("pse__Start_Date__c") instanceof java.time.LocalDate start
							&& r.get("pse__End_Date__c") instanceof java.time.LocalDate end && start.isAfter(end))
			.build();
	}

}
