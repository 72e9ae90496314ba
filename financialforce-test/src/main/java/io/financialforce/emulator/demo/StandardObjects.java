package io.financialforce.emulator.demo;

import java.util.List;
import java.util.Objects;

import io.financialforce.emulator.org.FieldType;
import io.financialforce.emulator.org.ObjectDef;

import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.EXTERNAL_ID;
import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.REQUIRED;
import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.UNIQUE;

/**
 * The standard objects of the demo org, with the fields the FinancialForce package adds to Account and Product2.
 */
final class StandardObjects {

	private StandardObjects() {
	}

	static List<ObjectDef> all() {
		return List.of(user(), account(), contact(), product(), opportunity());
	}

	private static String fullName(Object first, Object last) {
		return (first == null) ? Objects.toString(last, null) : first + " " + Objects.toString(last, "");
	}

	static ObjectDef user() {
		return ObjectDef.builder("User", "User", "Users", "005")
			.unowned()
			.formulaName("Full Name", (r) -> fullName(r.get("FirstName"), r.get("LastName")))
			.text("Username", "Username", 80, REQUIRED, UNIQUE)
			.text("FirstName", "First Name", 40)
			.text("LastName", "Last Name", 80, REQUIRED)
			.email("Email", "Email", REQUIRED)
			.text("Alias", "Alias", 8, REQUIRED)
			.text("Title", "Title", 80)
			.text("Department", "Department", 80)
			.checkbox("IsActive", "Active", true)
			.picklist("TimeZoneSidKey", "Time Zone", "GMT*,Europe/London,America/New_York,America/Los_Angeles")
			.picklist("LocaleSidKey", "Locale", "en_US*,en_GB,de_DE,fr_FR")
			.build();
	}

	static ObjectDef account() {
		return ObjectDef.builder("Account", "Account", "Accounts", "001")
			.name("Account Name", 255, REQUIRED)
			.text("AccountNumber", "Account Number", 40)
			.picklist("Type", "Account Type", "Customer,Vendor,Partner,Prospect,Other")
			.picklist("Industry", "Industry",
					"Agriculture,Banking,Consulting,Education,Energy,Healthcare,Manufacturing,Retail,Technology")
			.textArea("BillingStreet", "Billing Street", 255)
			.text("BillingCity", "Billing City", 40)
			.text("BillingPostalCode", "Billing Zip/Postal Code", 20)
			.text("BillingCountry", "Billing Country", 80)
			.phone("Phone", "Account Phone")
			.url("Website", "Website")
			.currency("AnnualRevenue", "Annual Revenue", 18, 0)
			.integer("NumberOfEmployees", "Employees")
			.textArea("Description", "Account Description", 32000)
			.lookup("ParentId", "Parent Account ID", "Account", "ChildAccounts")
			.text("c2g__CODAExternalId__c", "External Id", 32, EXTERNAL_ID)
			.text("c2g__CODAReportingCode__c", "Reporting Code", 24, UNIQUE)
			.text("c2g__CODAAccountTradingCurrency__c", "Account Currency", 3)
			.lookup("c2g__CODAAccountsReceivableControl__c", "Accounts Receivable Control",
					"c2g__codaGeneralLedgerAccount__c", "c2g__Accounts__r")
			.lookup("c2g__CODAAccountsPayableControl__c", "Accounts Payable Control",
					"c2g__codaGeneralLedgerAccount__c", "c2g__Accounts1__r")
			.lookup("c2g__CODADimension1__c", "Dimension 1", "c2g__codaDimension1__c", "c2g__Accounts__r")
			.lookup("c2g__CODAFinanceContact__c", "Finance Contact", "Contact", "c2g__Accounts__r")
			.picklist("c2g__CODAVATStatus__c", "Tax Status", "Home*,EC Registered,EC Non-registered,Export")
			.picklist("c2g__CODAPaymentMethod__c", "Payment Method", "Cash,Check,Electronic")
			.picklist("c2g__CODACreditStatus__c", "Credit Status", "Credit Allowed*,On Hold,Cash with Order")
			.number("c2g__CODACreditLimit__c", "Credit Limit", 18, 2)
			.checkbox("c2g__CODACreditLimitEnabled__c", "Credit Limit Enabled", false)
			.number("c2g__CODADaysOffset1__c", "Days Offset 1", 18, 0)
			.email("c2g__CODAInvoiceEmail__c", "Invoice Email")
			.multiPicklist("c2g__CODABillingMethod__c", "Billing Method", "Electronic,Paper,Self-billing")
			.build();
	}

	static ObjectDef contact() {
		return ObjectDef.builder("Contact", "Contact", "Contacts", "003")
			.formulaName("Full Name", (r) -> fullName(r.get("FirstName"), r.get("LastName")))
			.text("FirstName", "First Name", 40)
			.text("LastName", "Last Name", 80, REQUIRED)
			.lookup("AccountId", "Account ID", "Account", "Contacts")
			.email("Email", "Email")
			.phone("Phone", "Business Phone")
			.text("Title", "Title", 128)
			.text("Department", "Department", 80)
			.text("MailingCity", "Mailing City", 40)
			.text("MailingCountry", "Mailing Country", 80)
			.date("Birthdate", "Birthdate")
			.checkbox("HasOptedOutOfEmail", "Email Opt Out", false)
			.build();
	}

	static ObjectDef product() {
		return ObjectDef.builder("Product2", "Product", "Products", "01t")
			.unowned()
			.name("Product Name", 255, REQUIRED)
			.text("ProductCode", "Product Code", 255)
			.textArea("Description", "Product Description", 4000)
			.picklist("Family", "Product Family", "Hardware,Software,Services,Subscription")
			.checkbox("IsActive", "Active", true)
			.lookup("c2g__CODASalesRevenueAccount__c", "Sales Revenue Account", "c2g__codaGeneralLedgerAccount__c",
					"c2g__Products__r")
			.number("c2g__CODAUnitPrice__c", "Unit Price", 18, 9)
			.build();
	}

	static ObjectDef opportunity() {
		return ObjectDef.builder("Opportunity", "Opportunity", "Opportunities", "006")
			.name("Name", 120, REQUIRED)
			.lookup("AccountId", "Account ID", "Account", "Opportunities")
			.picklist("StageName", "Stage", "Prospecting,Qualification,Needs Analysis,Proposal/Price Quote,"
					+ "Negotiation/Review,Closed Won,Closed Lost", REQUIRED)
			.date("CloseDate", "Close Date", REQUIRED)
			.currency("Amount", "Amount", 18, 2)
			.percent("Probability", "Probability (%)", 3, 0)
			.picklist("Type", "Opportunity Type", "New Business,Existing Business")
			.picklist("LeadSource", "Lead Source", "Web,Phone Inquiry,Partner Referral,Other")
			.formula("IsClosed", "Closed", FieldType.BOOLEAN, 0, 0,
					(r) -> String.valueOf(r.get("StageName")).startsWith("Closed"))
			.formula("IsWon", "Won", FieldType.BOOLEAN, 0, 0, (r) -> "Closed Won".equals(r.get("StageName")))
			.lookup("pse__Primary_Project__c", "Primary Project", "pse__Proj__c", "pse__Opportunities__r")
			.build();
	}

}
