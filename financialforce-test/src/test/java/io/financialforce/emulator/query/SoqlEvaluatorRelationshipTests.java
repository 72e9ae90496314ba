package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.Queries.ORG;
import static io.financialforce.emulator.query.Queries.column;
import static io.financialforce.emulator.query.Queries.expected;
import static io.financialforce.emulator.query.Queries.parentValue;
import static io.financialforce.emulator.query.Queries.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.financialforce.emulator.query.TestOrg.TestRow;
import io.financialforce.soql.SoqlParser;
import org.junit.jupiter.api.Test;

/**
 * Parent paths, child subqueries, semi- and anti-joins, polymorphic lookups and TYPEOF.
 */
class SoqlEvaluatorRelationshipTests {

	private static final String INVOICE = DemoOrg.INVOICE;

	@Test
	void parentPathsBecomeNestedRecordsOrNull() {
		List<Map<String, Object>> records = records("SELECT LastName, Account.Name, Account.Owner.Name, Account.Industry "
				+ "FROM Contact");
		List<TestRow> contacts = expected("Contact", (row) -> true);
		assertThat(records).hasSameSizeAs(contacts);
		for (int i = 0; i < contacts.size(); i++) {
			TestRow contact = contacts.get(i);
			Map<String, Object> record = records.get(i);
			assertThat(record.keySet()).containsExactly("attributes", "LastName", "Account");
			TestRow account = ORG.byId(contact.get("AccountId"));
			if (account == null) {
				assertThat(record.get("Account")).isNull();
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> parent = (Map<String, Object>) record.get("Account");
			assertThat(parent.keySet()).containsExactly("attributes", "Name", "Owner", "Industry");
			assertThat(parent.get("attributes")).isEqualTo(Map.of("type", "Account", "url",
					"/services/data/v64.0/sobjects/Account/" + account.id));
			assertThat(parent.get("Name")).isEqualTo(account.get("Name"));
			TestRow owner = ORG.byId(account.get("OwnerId"));
			assertThat(parent.get("Owner")).isEqualTo((owner != null) ? Map.of("attributes", Map.of("type", "User",
					"url", "/services/data/v64.0/sobjects/User/" + owner.id), "Name", owner.get("Name")) : null);
		}
	}

	@Test
	void parentFilterActsAsInnerJoin() {
		assertThat(column("SELECT LastName FROM Contact WHERE Account.Industry = 'energy'", "LastName"))
			.isEqualTo(expected("Contact", (row) -> "Energy".equals(parentValue(row, "AccountId", "Industry")),
					"LastName"));
		assertThat(column("SELECT Name FROM " + INVOICE + " WHERE c2g__Account__r.Name LIKE 'acme%'", "Name"))
			.isEqualTo(expected(INVOICE, (row) -> parentValue(row, "c2g__Account__c", "Name") != null
					&& ((String) parentValue(row, "c2g__Account__c", "Name")).toLowerCase(Locale.ROOT).startsWith("acme"), "Name"));
	}

	@Test
	void followsFiveLevelsOfParents() {
		List<Map<String, Object>> records = records("SELECT Name, Parent.Parent.Parent.Name FROM Account "
				+ "WHERE Parent.Parent.Parent.Name = 'Acme'");
		assertThat(records).extracting((record) -> record.get("Name")).containsExactly("Vandelay");
		assertThat(records.get(0)).extractingByKey("Parent").extracting("Parent").extracting("Parent")
			.extracting("Name").isEqualTo("Acme");
		assertThat(column("SELECT Id FROM Contact WHERE Account.Parent.Parent.Parent.Parent.Name = 'x'", "Id"))
			.isEmpty();
	}

	@Test
	void childSubqueriesHaveTheirOwnFilterOrderAndLimit() {
		List<Map<String, Object>> records = records("SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName), "
				+ "(SELECT Name FROM c2g__Invoices__r WHERE c2g__InvoiceTotal__c > 100 ORDER BY Name DESC LIMIT 1) "
				+ "FROM Account ORDER BY Name");
		for (Map<String, Object> record : records) {
			TestRow account = expected("Account", (row) -> row.get("Name").equals(record.get("Name"))).get(0);
			List<Object> contacts = expected("Contact", (row) -> account.id.equals(row.get("AccountId")))
				.stream().map((row) -> row.get("LastName")).sorted(Comparator.comparing((name) -> ((String) name)
					.toLowerCase(Locale.ROOT))).toList();
			assertThat(record.get("Contacts")).isEqualTo(contacts.isEmpty() ? null : Map.of("totalSize",
					contacts.size(), "done", true, "records", contacts.stream().map((name) -> Map.of("attributes",
							attributes("Contact", idOf("Contact", "LastName", name)), "LastName", name)).toList()));
			List<Object> invoices = expected(INVOICE, (row) -> account.id.equals(row.get("c2g__Account__c"))
					&& row.get("c2g__InvoiceTotal__c") != null
					&& ((BigDecimal) row.get("c2g__InvoiceTotal__c")).intValue() > 100, "Name")
				.stream().sorted(Comparator.comparing((name) -> (String) name).reversed()).limit(1).toList();
			if (invoices.isEmpty()) {
				assertThat(record.get("c2g__Invoices__r")).isNull();
			}
			else {
				assertThat(nested(record, "c2g__Invoices__r")).extracting((invoice) -> invoice.get("Name"))
					.isEqualTo(invoices);
			}
		}
		assertThat(records).extracting((record) -> record.get("Contacts") != null).contains(true, false);
	}

	@Test
	void childSubqueriesNest() {
		Map<String, Object> acme = records("SELECT Name, (SELECT Name, (SELECT Name FROM c2g__InvoiceLineItems__r "
				+ "ORDER BY Name) FROM c2g__Invoices__r ORDER BY Name) FROM Account WHERE Name = 'Acme'").get(0);
		List<Map<String, Object>> invoices = nested(acme, "c2g__Invoices__r");
		assertThat(invoices).extracting((invoice) -> invoice.get("Name")).containsExactly("SIN001", "SIN002");
		assertThat(invoices).extracting((invoice) -> nested(invoice, "c2g__InvoiceLineItems__r").stream()
			.map((line) -> line.get("Name")).toList())
			.containsExactly(List.of("L1", "L2"), List.of("L3"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nested(Map<String, Object> record, String relationship) {
		return (List<Map<String, Object>>) ((Map<String, Object>) record.get(relationship)).get("records");
	}

	@Test
	void childSubqueriesSkipDeletedRowsUnlessQueryAll() {
		String soql = "SELECT Name, (SELECT Name FROM c2g__InvoiceLineItems__r) FROM " + INVOICE + " WHERE Name = 'SIN001'";
		assertThat(records(soql).get(0).get("c2g__InvoiceLineItems__r")).extracting("totalSize").isEqualTo(2);
		assertThat(Queries.EVALUATOR.evaluate(SoqlParser.parse(soql), true).page(0, 10).get(0)
			.get("c2g__InvoiceLineItems__r")).extracting("totalSize").isEqualTo(3);
	}

	@Test
	void childSubqueriesReadChildrenOncePerParentOnThePageAskedFor() {
		TestOrg org = DemoOrg.create();
		SoqlEvaluator evaluator = new SoqlEvaluator(org, DemoOrg.CLOCK, DemoOrg.ZONE, "64.0");
		QueryResult result = evaluator.evaluate(SoqlParser.parse("SELECT Name, (SELECT Id FROM Contacts) FROM Account"),
				false);
		assertThat(org.childrenCalls).isZero();
		assertThat(result.page(1, 2)).hasSize(2);
		assertThat(org.childrenCalls).isEqualTo(2);
	}

	@Test
	void semiJoinAndAntiJoin() {
		Set<Object> complete = expected(INVOICE, (row) -> "Complete".equals(row.get("c2g__InvoiceStatus__c")))
			.stream().map((row) -> row.get("c2g__Account__c")).collect(Collectors.toSet());
		assertThat(column("SELECT Name FROM Account WHERE Id IN (SELECT c2g__Account__c FROM " + INVOICE
				+ " WHERE c2g__InvoiceStatus__c = 'Complete')", "Name"))
			.isEqualTo(expected("Account", (row) -> complete.contains(row.id), "Name"))
			.hasSize(3);
		assertThat(column("SELECT Name FROM Account WHERE Id NOT IN (SELECT c2g__Account__c FROM " + INVOICE
				+ " WHERE c2g__InvoiceStatus__c = 'Complete') AND Active__c = true", "Name"))
			.isEqualTo(expected("Account", (row) -> !complete.contains(row.id)
					&& Boolean.TRUE.equals(row.get("Active__c")), "Name"));
		assertThat(column("SELECT LastName FROM Contact WHERE AccountId IN (SELECT Id FROM Account WHERE "
				+ "Industry = 'Energy')", "LastName"))
			.isEqualTo(expected("Contact", (row) -> "Energy".equals(parentValue(row, "AccountId", "Industry")),
					"LastName"));
	}

	@Test
	void polymorphicLookupReadsTheActualParentAndItsType() {
		List<Map<String, Object>> records = records("SELECT Subject, What.Name, What.Type FROM Task");
		assertThat(records).extracting((record) -> record.get("What"))
			.containsExactly(Map.of("attributes", attributes("Account", ORG.records("Account").get(0).id), "Name",
					"Acme", "Type", "Account"),
					Map.of("attributes", attributes(INVOICE, ORG.records(INVOICE).get(2).id), "Name", "SIN003", "Type",
							INVOICE),
					null);
		assertThat(column("SELECT Subject FROM Task WHERE What.Type = 'Account'", "Subject")).containsExactly("Call");
	}

	@Test
	void typeOfSelectsFieldsByTheParentsType() {
		List<Map<String, Object>> records = records("SELECT Subject, TYPEOF What WHEN Account THEN Name, Industry "
				+ "WHEN c2g__codaInvoice__c THEN Name, c2g__InvoiceTotal__c ELSE Name END FROM Task");
		assertThat(records).extracting((record) -> record.get("What"))
			.containsExactly(Map.of("attributes", attributes("Account", ORG.records("Account").get(0).id), "Name",
					"Acme", "Industry", "Energy"),
					Map.of("attributes", attributes(INVOICE, ORG.records(INVOICE).get(2).id), "Name", "SIN003",
							"c2g__InvoiceTotal__c", new BigDecimal("4500.50")),
					null);
	}

	static Map<String, Object> attributes(String type, String id) {
		return Map.of("type", type, "url", "/services/data/v64.0/sobjects/" + type + "/" + id);
	}

	private static String idOf(String object, String field, Object value) {
		return expected(object, (row) -> value.equals(row.get(field))).get(0).id;
	}

}
