package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.financialforce.client.SObjectDescription;
import io.financialforce.core.convert.Shapes.AllTypes;
import io.financialforce.core.convert.Shapes.Company;
import io.financialforce.core.convert.Shapes.Invoice;
import io.financialforce.core.convert.Shapes.Region;
import io.financialforce.core.convert.Shapes.Status;
import io.financialforce.core.mapping.Address;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.GeoLocation;
import io.financialforce.core.mapping.Money;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static io.financialforce.core.mapping.DescribeFixtures.child;
import static io.financialforce.core.mapping.DescribeFixtures.field;
import static io.financialforce.core.mapping.DescribeFixtures.object;
import static io.financialforce.core.mapping.DescribeFixtures.picklist;
import static io.financialforce.core.mapping.DescribeFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class RecordWriterTests {

	private final FinancialForceMappingContext context = new FinancialForceMappingContext();

	/** Writes types checked against describe metadata. */
	private final RecordWriter writer = new RecordWriter(this.context);

	/** Writes types not checked against describe metadata: the mapping alone decides. */
	private final RecordWriter unchecked = new RecordWriter(new FinancialForceMappingContext());

	private final Invoice invoice = new Invoice("a0X5g00000AbCdEEAV", "SIN000001", "0015g00000AbCdEAAV",
			new Shapes.Account("001", "Acme", null, null), Status.IN_PROGRESS, LocalDate.of(2024, 2, 29),
			new BigDecimal("1200.00"), List.of(new Shapes.InvoiceLine("a0Y1", BigDecimal.TEN, BigDecimal.ONE)));

	RecordWriterTests() {
		this.context.setDescribeSource((name) -> switch (name) {
			case "c2g__codaInvoice__c" -> invoiceDescription();
			case "c2g__codaInvoiceLineItem__c" -> object(name, List.of(field("Id", "id", false, false),
					field("c2g__NetValue__c", "currency", true, true), field("c2g__Quantity__c", "double", true, true)),
					List.of());
			case "Account" -> object(name, List.of(field("Id", "id", false, false), field("Name", "string", true, true),
					reference("OwnerId", "Owner", "User", true)), List.of());
			case "User" -> object(name, List.of(field("Id", "id", false, false), field("Name", "string", true, true)),
					List.of());
			default -> null;
		});
	}

	@Test
	void insertSendsCreateableFieldsThatHoldValues() {
		assertThat(this.writer.body(this.invoice, WriteOperation.INSERT)).containsExactly(
				entry("c2g__Account__c", "0015g00000AbCdEAAV"), entry("c2g__InvoiceStatus__c", "In Progress"),
				entry("c2g__DueDate__c", "2024-02-29"));
	}

	@Test
	void updateLeavesOutFieldsNotUpdateableAndNullProperties() {
		Invoice changed = new Invoice("a0X", null, "001", null, Status.COMPLETE, null, null, null);
		assertThat(this.writer.body(changed, WriteOperation.UPDATE))
			.containsExactly(entry("c2g__InvoiceStatus__c", "Complete"));
	}

	@Test
	void writesCollectionRecordsWithTypeAndIdForUpdates() {
		assertThat(this.writer.collectionRecord(this.invoice, WriteOperation.INSERT)).containsExactly(
				entry("attributes", Map.of("type", "c2g__codaInvoice__c")),
				entry("c2g__Account__c", "0015g00000AbCdEAAV"), entry("c2g__InvoiceStatus__c", "In Progress"),
				entry("c2g__DueDate__c", "2024-02-29"));
		assertThat(this.writer.collectionRecord(this.invoice, WriteOperation.UPDATE)).containsExactly(
				entry("attributes", Map.of("type", "c2g__codaInvoice__c")), entry("Id", "a0X5g00000AbCdEEAV"),
				entry("c2g__InvoiceStatus__c", "In Progress"), entry("c2g__DueDate__c", "2024-02-29"));
	}

	@Test
	void refusesToUpdateWithoutId() {
		Invoice unsaved = new Invoice(null, null, "001", null, Status.COMPLETE, null, null, null);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.collectionRecord(unsaved, WriteOperation.UPDATE))
			.withMessage("Cannot update a c2g__codaInvoice__c record without an id; insert it, or upsert it by"
					+ " external id");
	}

	@Test
	void writesEveryValueTypeAsTheApiExpectsIt() {
		AllTypes all = allTypes("EXT-1");
		assertThat(this.unchecked.body(all, WriteOperation.INSERT)).containsExactly(entry("Text__c", "Hello"),
				entry("Active__c", true), entry("Count__c", 42), entry("Big__c", 9_000_000_000L),
				entry("Ratio__c", 0.25), entry("Amount__c", new BigDecimal("1500.50")),
				entry("Rate__c", new BigDecimal("12.500")), entry("Price__c", new BigDecimal("99.90")),
				entry("Day__c", "2024-01-31"), entry("At__c", "2024-01-31T12:34:56.000+0000"),
				entry("AtOffset__c", "2024-01-31T11:34:56.000+0000"), entry("Time__c", "12:34:56.000Z"),
				entry("Status__c", "In Progress"), entry("Stage__c", "Negotiation/Review"), entry("Tags__c", "a;b"),
				entry("Regions__c", "EMEA;APAC"), entry("OwnerId", "005"), entry("Ext__c", "EXT-1"),
				entry("CurrencyIsoCode", "EUR"));
	}

	@Test
	void producesJsonWithDecimalScaleKept() {
		Map<String, Object> record = this.writer.collectionRecord(this.invoice, WriteOperation.INSERT);
		String json = JsonMapper.builder().build().writeValueAsString(
				this.unchecked.body(allTypes("EXT-1"), WriteOperation.INSERT));
		assertThat(json).contains("\"Amount__c\":1500.50").contains("\"Rate__c\":12.500");
		assertThat(JsonMapper.builder().build().writeValueAsString(record))
			.startsWith("{\"attributes\":{\"type\":\"c2g__codaInvoice__c\"},\"c2g__Account__c\"");
	}

	@Test
	void upsertsByExternalIdInTheUrlOrInTheCollectionRecord() {
		AllTypes all = allTypes("EXT-1");
		assertThat(this.unchecked.body(all, WriteOperation.UPSERT)).doesNotContainKey("Ext__c").containsKey("Text__c");
		assertThat(this.unchecked.getExternalIdValue(all)).isEqualTo("EXT-1");
		assertThat(this.unchecked.collectionRecord(all, WriteOperation.UPSERT).keySet()).startsWith("attributes", "Ext__c",
				"Text__c");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.unchecked.getExternalIdValue(allTypes(null)))
			.withMessage("Cannot upsert Thing__c: its external id AllTypes.ext (Ext__c) is null");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.collectionRecord(this.invoice, WriteOperation.UPSERT))
			.withMessageContaining("has no @ExternalId property");
	}

	@Test
	void clearsFieldsOnlyThroughPartialUpdates() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("dueDate", null);
		assertThat(this.writer.partialUpdateBody(Invoice.class, changes)).containsExactly(entry("c2g__DueDate__c", null));
		Map<String, Object> byField = new java.util.LinkedHashMap<>();
		byField.put("c2g__InvoiceStatus__c", Status.COMPLETE);
		byField.put("dueDate", LocalDate.of(2024, 3, 31));
		assertThat(this.writer.partialUpdateRecord(Invoice.class, "a0X", byField)).containsExactly(
				entry("attributes", Map.of("type", "c2g__codaInvoice__c")), entry("Id", "a0X"),
				entry("c2g__InvoiceStatus__c", "Complete"), entry("c2g__DueDate__c", "2024-03-31"));
	}

	@Test
	void rejectsPartialUpdatesOfUnknownReadOnlyOrWronglyTypedFields() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.partialUpdateBody(Invoice.class, Map.of("dueDat", LocalDate.now())))
			.withMessageStartingWith("No property or field 'dueDat' on Invoice (c2g__codaInvoice__c); mapped fields:"
					+ " Id, Name, c2g__Account__c");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.partialUpdateBody(Invoice.class, Map.of("total", BigDecimal.ONE)))
			.withMessageStartingWith("Invoice.total (c2g__InvoiceTotal__c) cannot be updated");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.partialUpdateBody(Invoice.class, Map.of("accountId", "001")))
			.withMessageStartingWith("Invoice.accountId (c2g__Account__c) cannot be updated");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.partialUpdateBody(Invoice.class, Map.of("dueDate", "2024-01-01")))
			.withMessage("Cannot set Invoice.dueDate (c2g__DueDate__c) of type LocalDate to a String (2024-01-01)");
	}

	@Test
	void refusesToWriteTheUnknownPicklistConstantOrMixedCurrencies() {
		Invoice unknown = new Invoice("a0X", null, null, null, Status.UNKNOWN, null, null, null);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.writer.body(unknown, WriteOperation.UPDATE))
			.withMessageContaining("Status.UNKNOWN is the @UnknownPicklistValue constant");
		Mixed mixed = new Mixed(null, Money.of("1.00", "EUR"), Money.of("2.00", "USD"));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.unchecked.body(mixed, WriteOperation.INSERT))
			.withMessage("A Mixed record has one currency, but its values are in EUR and USD; convert the amounts,"
					+ " or write the records separately");
		WithCurrency disagreeing = new WithCurrency(null, Money.of("1.00", "EUR"), "USD");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.unchecked.body(disagreeing, WriteOperation.INSERT))
			.withMessageStartingWith("A WithCurrency record has one currency, but its values are in EUR and USD");
		assertThat(this.unchecked.body(new WithCurrency(null, Money.of("1.00", "EUR"), "EUR"), WriteOperation.INSERT))
			.containsExactly(entry("A", new BigDecimal("1.00")), entry("CurrencyIsoCode", "EUR"));
	}

	@Test
	void setsIdBackOnRecordsAsCopiesAndOnBeansInPlace() {
		Invoice unsaved = new Invoice(null, null, "001", null, Status.COMPLETE, null, null, null);
		Invoice saved = this.writer.withId(unsaved, "a0X");
		assertThat(saved.id()).isEqualTo("a0X");
		assertThat(saved.accountId()).isEqualTo("001");
		assertThat(this.writer.getId(saved)).isEqualTo("a0X");
		Company company = new Company();
		assertThat(this.unchecked.withId(company, "001")).isSameAs(company);
		assertThat(company.getId()).isEqualTo("001");
	}

	record Mixed(String id, Money a, Money b) {
	}

	record WithCurrency(String id, Money a, String currencyIsoCode) {
	}

	private static AllTypes allTypes(String ext) {
		return new AllTypes("a01", "Hello", true, 42, 9_000_000_000L, 0.25, new BigDecimal("1500.50"),
				new BigDecimal("12.500"), Money.of("99.90", "EUR"), LocalDate.of(2024, 1, 31),
				Instant.parse("2024-01-31T12:34:56Z"),
				OffsetDateTime.of(2024, 1, 31, 12, 34, 56, 0, ZoneOffset.ofHours(1)), LocalTime.of(12, 34, 56),
				Status.IN_PROGRESS, "Negotiation/Review", new LinkedHashSet<>(List.of("a", "b")),
				EnumSet.of(Region.EMEA, Region.APAC), new Address(null, "Paris", null, null, null, null, null, null, null,
						null),
				new GeoLocation(1, 2), "005", "Hello!", Instant.parse("2023-12-01T08:00:00Z"), ext);
	}

	private static SObjectDescription invoiceDescription() {
		return object("c2g__codaInvoice__c",
				List.of(field("Id", "id", false, false), field("Name", "string", false, false),
						reference("c2g__Account__c", "c2g__Account__r", "Account", false),
						picklist("c2g__InvoiceStatus__c", "picklist", "In Progress", "Complete"),
						field("c2g__DueDate__c", "date", true, true), field("c2g__InvoiceTotal__c", "currency", false, false)),
				List.of(child("c2g__InvoiceLineItems__r", "c2g__codaInvoiceLineItem__c")));
	}

}
