package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.TestOrg.date;
import static io.financialforce.emulator.query.TestOrg.field;
import static io.financialforce.emulator.query.TestOrg.instant;
import static io.financialforce.emulator.query.TestOrg.money;
import static io.financialforce.emulator.query.TestOrg.picklist;
import static io.financialforce.emulator.query.TestOrg.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The evaluator tests' org. The clock stands at Sunday 2026-03-15 11:00 in New York (15:00 UTC).
 */
final class DemoOrg {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), ZONE);

	static final String INVOICE = "c2g__codaInvoice__c";

	static final String LINE = "c2g__codaInvoiceLineItem__c";

	private DemoOrg() {
	}

	static TestOrg create() {
		TestOrg org = new TestOrg();
		org.object("User", "005", List.of(field("Name", FieldType.STRING), field("Email", FieldType.EMAIL)),
				List.of());
		org.object("Account", "001", List.of(field("Name", FieldType.STRING),
				picklist("Industry", Map.of("Energy", "Energy & Utilities", "Banking", "Retail Banking")),
				field("AnnualRevenue", FieldType.CURRENCY), field("NumberOfEmployees", FieldType.INT),
				field("Active__c", FieldType.BOOLEAN), field("Regions__c", FieldType.MULTIPICKLIST),
				field("Description", FieldType.TEXTAREA), field("CreatedDate", FieldType.DATETIME),
				reference("OwnerId", "Owner", "User"), reference("ParentId", "Parent", "Account")),
				List.of(new ChildRelationshipInfo("Contacts", "Contact", "AccountId"),
						new ChildRelationshipInfo("c2g__Invoices__r", INVOICE, "c2g__Account__c"),
						new ChildRelationshipInfo("ChildAccounts", "Account", "ParentId")));
		org.object("Contact", "003", List.of(field("FirstName", FieldType.STRING), field("LastName", FieldType.STRING),
				field("Email", FieldType.EMAIL), reference("AccountId", "Account", "Account"),
				field("Birthdate", FieldType.DATE)), List.of());
		org.object(INVOICE, "a0I", List.of(field("Name", FieldType.STRING),
				reference("c2g__Account__c", "c2g__Account__r", "Account"), field("c2g__InvoiceDate__c", FieldType.DATE),
				field("c2g__InvoiceTotal__c", FieldType.CURRENCY),
				picklist("c2g__InvoiceStatus__c", Map.of("In Progress", "In Progress", "Complete", "Complete")),
				field("CreatedDate", FieldType.DATETIME)),
				List.of(new ChildRelationshipInfo("c2g__InvoiceLineItems__r", LINE, "c2g__Invoice__c")));
		org.object(LINE, "a0J", List.of(field("Name", FieldType.STRING),
				reference("c2g__Invoice__c", "c2g__Invoice__r", INVOICE), field("c2g__Quantity__c", FieldType.DOUBLE),
				field("c2g__UnitPrice__c", FieldType.CURRENCY), field("c2g__NetValue__c", FieldType.CURRENCY)),
				List.of());
		org.object("Task", "00T", List.of(field("Subject", FieldType.STRING),
				reference("WhatId", "What", "Account", INVOICE), reference("OwnerId", "Owner", "User")), List.of());

		String ada = org.insert("User", "Name", "Ada Admin", "Email", "ada@example.com");
		String bob = org.insert("User", "Name", "Bob Billing", "Email", "bob@example.com");

		String acme = org.insert("Account", "Name", "Acme", "Industry", "Energy", "AnnualRevenue", money("1000000.00"),
				"NumberOfEmployees", 120, "Active__c", true, "Regions__c", "EMEA;APAC", "Description", "Main customer",
				"CreatedDate", instant("2026-03-15T03:30:00Z"), "OwnerId", ada);
		String labs = org.insert("Account", "Name", "acme labs", "Industry", "Banking", "AnnualRevenue",
				money("250000.50"), "NumberOfEmployees", 15, "Active__c", false, "Regions__c", "EMEA", "CreatedDate",
				instant("2026-03-10T12:00:00Z"), "OwnerId", bob, "ParentId", acme);
		String globex = org.insert("Account", "Name", "Globex", "NumberOfEmployees", 300, "Active__c", true,
				"Regions__c", "", "CreatedDate", instant("2025-12-31T23:00:00Z"), "OwnerId", ada, "ParentId", labs);
		String initech = org.insert("Account", "Name", "Initech", "Industry", "Energy", "AnnualRevenue",
				money("5000.00"), "Regions__c", "APAC;AMER", "CreatedDate", instant("2026-01-20T09:00:00Z"));
		String umbrella = org.insert("Account", "Name", "Umbrella_%Corp", "Industry", "Banking", "AnnualRevenue",
				money("750000.00"), "NumberOfEmployees", 50, "Active__c", true, "Regions__c", "AMER", "CreatedDate",
				instant("2026-02-28T16:00:00Z"), "OwnerId", bob);
		String hooli = org.insert("Account", "Name", "Hooli", "Industry", "Energy", "AnnualRevenue", money("10.00"),
				"NumberOfEmployees", 1, "Active__c", true, "CreatedDate", instant("2026-03-01T00:00:00Z"));
		org.delete(hooli);
		org.insert("Account", "Name", "Vandelay", "Industry", "", "AnnualRevenue", money("0"), "NumberOfEmployees", 0,
				"Active__c", false, "CreatedDate", instant("2024-06-01T12:00:00Z"), "OwnerId", ada, "ParentId", globex);

		org.insert("Contact", "FirstName", "Ada", "LastName", "Lovelace", "AccountId", acme, "Birthdate",
				date("1990-03-15"), "Email", "ada@acme.example");
		org.insert("Contact", "FirstName", "Grace", "LastName", "Hopper", "AccountId", acme, "Birthdate",
				date("1985-12-09"));
		org.insert("Contact", "LastName", "Turing", "AccountId", labs);
		org.insert("Contact", "FirstName", "Linus", "LastName", "torvalds", "AccountId", globex, "Birthdate",
				date("1969-12-28"));
		org.insert("Contact", "FirstName", "Orphan", "LastName", "Nobody");
		org.delete(org.insert("Contact", "FirstName", "Gone", "LastName", "Away", "AccountId", acme));

		String i1 = invoice(org, "SIN001", acme, "2026-03-15", "1200.00", "Complete");
		String i2 = invoice(org, "SIN002", acme, "2026-03-14", "300.00", "In Progress");
		String i3 = invoice(org, "SIN003", labs, "2026-03-01", "4500.50", "Complete");
		invoice(org, "SIN004", labs, "2026-02-10", "99.99", "Discarded");
		String i5 = invoice(org, "SIN005", initech, "2025-12-31", "10000.00", "Complete");
		invoice(org, "SIN006", umbrella, "2026-03-16", "50.00", "In Progress");
		invoice(org, "SIN007", globex, "2026-05-20", null, "In Progress");
		invoice(org, "SIN008", null, "2026-03-08", "10.00", "Complete");

		line(org, "L1", i1, "2", "500.00");
		line(org, "L2", i1, "1", "200.00");
		line(org, "L3", i2, "3", "100.00");
		line(org, "L4", i3, "1", "4500.50");
		line(org, "L5", i5, "10", "1000.00");
		org.delete(line(org, "L6", i1, "7", "1.00"));

		org.insert("Task", "Subject", "Call", "WhatId", acme, "OwnerId", ada);
		org.insert("Task", "Subject", "Chase payment", "WhatId", i3, "OwnerId", bob);
		org.insert("Task", "Subject", "Plan");
		return org;
	}

	private static String invoice(TestOrg org, String name, String account, String date, String total,
			String status) {
		return org.insert(INVOICE, "Name", name, "c2g__Account__c", account, "c2g__InvoiceDate__c", date(date),
				"c2g__InvoiceTotal__c", (total != null) ? money(total) : null, "c2g__InvoiceStatus__c", status,
				"CreatedDate", instant(date + "T12:00:00Z"));
	}

	private static String line(TestOrg org, String name, String invoice, String quantity, String price) {
		return org.insert(LINE, "Name", name, "c2g__Invoice__c", invoice, "c2g__Quantity__c", money(quantity),
				"c2g__UnitPrice__c", money(price), "c2g__NetValue__c",
				money(quantity).multiply(money(price)));
	}

}
