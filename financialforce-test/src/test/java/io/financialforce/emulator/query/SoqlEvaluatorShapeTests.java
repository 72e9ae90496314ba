package io.financialforce.emulator.query;

import static io.financialforce.emulator.query.Queries.ORG;
import static io.financialforce.emulator.query.Queries.expected;
import static io.financialforce.emulator.query.Queries.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The JSON-ready record shape: attributes, canonical names, nulls, FIELDS(), toLabel, FORMAT, convertCurrency.
 */
class SoqlEvaluatorShapeTests {

	@Test
	void recordsStartWithAttributesAndUseCanonicalNames() {
		List<Map<String, Object>> records = records("select lastname, ACCOUNT.name, email from contact "
				+ "where lastname = 'turing'");
		TestOrg.TestRow turing = expected("Contact", (row) -> "Turing".equals(row.get("LastName"))).get(0);
		TestOrg.TestRow labs = ORG.byId(turing.get("AccountId"));
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.keySet()).containsExactly("attributes", "LastName", "Account", "Email");
			assertThat(record.get("attributes")).isEqualTo(SoqlEvaluatorRelationshipTests.attributes("Contact",
					turing.id));
			assertThat(record.get("Email")).isNull();
			assertThat(record.get("Account")).isEqualTo(Map.of("attributes",
					SoqlEvaluatorRelationshipTests.attributes("Account", labs.id), "Name", "acme labs"));
		});
	}

	@Test
	void objectAliasQualifiesFields() {
		assertThat(records("SELECT a.Name FROM Account a WHERE a.Industry = 'Banking' ORDER BY a.Name"))
			.extracting((record) -> record.get("Name")).containsExactly("acme labs", "Umbrella_%Corp");
	}

	@Test
	void fieldsExpandsToTheDescribedFields() {
		ObjectInfo account = ORG.object("Account").orElseThrow();
		assertThat(records("SELECT FIELDS(STANDARD) FROM Account").get(0).keySet()).containsExactlyElementsOf(
				concat("attributes", account.fields().stream().filter((field) -> !field.custom())
					.map(FieldInfo::name).toList()));
		assertThat(records("SELECT FIELDS(CUSTOM) FROM Account LIMIT 200").get(0).keySet())
			.containsExactly("attributes", "Active__c", "Regions__c");
		assertThat(records("SELECT FIELDS(ALL) FROM Account LIMIT 1").get(0).keySet()).containsExactlyElementsOf(
				concat("attributes", account.fields().stream().map(FieldInfo::name).toList()));
	}

	@Test
	void toLabelGivesPicklistLabels() {
		List<Map<String, Object>> records = records("SELECT Name, toLabel(Industry), toLabel(Industry) label "
				+ "FROM Account WHERE Industry != null");
		assertThat(records).extracting((record) -> List.of(record.get("Industry"), record.get("label")))
			.containsExactly(List.of("Energy & Utilities", "Energy & Utilities"), List.of("Retail Banking",
					"Retail Banking"), List.of("Energy & Utilities", "Energy & Utilities"),
					List.of("Retail Banking", "Retail Banking"));
		assertThat(records("SELECT toLabel(c2g__InvoiceStatus__c) FROM c2g__codaInvoice__c WHERE Name = 'SIN004'"))
			.extracting((record) -> record.get("c2g__InvoiceStatus__c")).containsExactly("Discarded");
	}

	@Test
	void toLabelFiltersByLabel() {
		assertThat(records("SELECT Name FROM Account WHERE toLabel(Industry) = 'retail banking'"))
			.extracting((record) -> record.get("Name"))
			.isEqualTo(expected("Account", (row) -> "Banking".equals(row.get("Industry")), "Name"));
	}

	@Test
	void formatAndConvertCurrency() {
		Map<String, Object> acme = records("SELECT FORMAT(AnnualRevenue), FORMAT(NumberOfEmployees) n, "
				+ "FORMAT(CreatedDate), convertCurrency(AnnualRevenue) amount FROM Account WHERE Name = 'Acme'").get(0);
		assertThat(acme).containsEntry("AnnualRevenue", "1,000,000.00").containsEntry("n", "120")
			.containsEntry("CreatedDate", "3/14/2026 11:30 PM").containsEntry("amount", new BigDecimal("1000000.00"));
		assertThat(records("SELECT FORMAT(Birthdate) FROM Contact WHERE LastName = 'Hopper'").get(0))
			.containsEntry("Birthdate", "12/9/1985");
	}

	@Test
	void aggregateRecordsHaveOnlyTheType() {
		assertThat(records("SELECT COUNT(Id) FROM Account").get(0)).isEqualTo(Map.of("attributes",
				Map.of("type", "AggregateResult"), "expr0", expected("Account", (row) -> true).size()));
	}

	private static List<String> concat(String first, List<String> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}

}
