package io.financialforce.core.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.financialforce.core.convert.Shapes.AllTypes;
import io.financialforce.core.convert.Shapes.Company;
import io.financialforce.core.convert.Shapes.Invoice;
import io.financialforce.core.convert.Shapes.Region;
import io.financialforce.core.convert.Shapes.Status;
import io.financialforce.core.mapping.Address;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.GeoLocation;
import io.financialforce.core.mapping.Money;
import io.financialforce.core.mapping.SObject;
import io.financialforce.core.mapping.SObjectField;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.util.Assert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class RecordReaderTests {

	private static final ObjectMapper json = JsonMapper.builder().build();

	private final FinancialForceMappingContext context = new FinancialForceMappingContext();

	private final RecordReader reader = new RecordReader(this.context);

	static final String ALL_TYPES = """
			{"attributes":{"type":"Thing__c","url":"/services/data/v60.0/sobjects/Thing__c/a015g00000XyZabAAB"},
			 "Id":"a015g00000XyZabAAB","Text__c":"Hello","Active__c":true,"Count__c":42,"Big__c":9000000000.0,
			 "Ratio__c":0.25,"Amount__c":1500.50,"Rate__c":12.500,"CurrencyIsoCode":"EUR","Price__c":99.90,
			 "Day__c":"2024-01-31","At__c":"2024-01-31T12:34:56.000+0000","AtOffset__c":"2024-01-31T12:34:56.000+0000",
			 "Time__c":"12:34:56.000Z","Status__c":"In Progress","Stage__c":"Negotiation/Review",
			 "Tags__c":"a;b","Regions__c":"EMEA;APAC",
			 "BillingAddress":{"city":"Paris","country":"France","countryCode":"FR","geocodeAccuracy":null,
			   "latitude":48.8566,"longitude":2.3522,"postalCode":"75001","state":null,"stateCode":null,
			   "street":"1 Rue de Rivoli"},
			 "Location__c":{"latitude":48.8566,"longitude":2.3522},
			 "OwnerId":"0055g00000AbCdEAAV","Formula__c":"Hello!","CreatedDate":"2023-12-01T08:00:00.000+0000",
			 "Ext__c":"EXT-1","Unknown__c":{"nested":[1,{"deep":true}]},"Other__c":null}
			""";

	static final String INVOICE = """
			{"attributes":{"type":"c2g__codaInvoice__c","url":"/services/data/v60.0/sobjects/c2g__codaInvoice__c/a0X5g00000AbCdEEAV"},
			 "Id":"a0X5g00000AbCdEEAV","Name":"SIN000001","c2g__Account__c":"0015g00000AbCdEAAV",
			 "c2g__Account__r":{"attributes":{"type":"Account","url":"/services/data/v60.0/sobjects/Account/0015g00000AbCdEAAV"},
			   "Name":"Acme","Owner":{"attributes":{"type":"User","url":"/services/data/v60.0/sobjects/User/005"},"Name":"Ada"}},
			 "c2g__InvoiceStatus__c":"Complete","c2g__DueDate__c":"2024-02-29","c2g__InvoiceTotal__c":1200.00,
			 "c2g__InvoiceLineItems__r":{"totalSize":2,"done":true,"records":[
			   {"attributes":{"type":"c2g__codaInvoiceLineItem__c","url":"/services/data/v60.0/sobjects/c2g__codaInvoiceLineItem__c/a0Y1"},
			    "Id":"a0Y1","c2g__NetValue__c":1000.00,"c2g__Quantity__c":2},
			   {"attributes":{"type":"c2g__codaInvoiceLineItem__c","url":"/services/data/v60.0/sobjects/c2g__codaInvoiceLineItem__c/a0Y2"},
			    "Id":"a0Y2","c2g__NetValue__c":200.00,"c2g__Quantity__c":1.5}]}}
			""";

	@Test
	void readsEveryTypeFromRealShapedRecord() {
		AllTypes record = read(AllTypes.class, ALL_TYPES);
		assertThat(record.id()).isEqualTo("a015g00000XyZabAAB");
		assertThat(record.text()).isEqualTo("Hello");
		assertThat(record.active()).isTrue();
		assertThat(record.count()).isEqualTo(42);
		assertThat(record.big()).isEqualTo(9_000_000_000L);
		assertThat(record.ratio()).isEqualTo(0.25);
		assertThat(record.price()).isEqualTo(new Money(new BigDecimal("99.90"), "EUR"));
		assertThat(record.day()).isEqualTo(LocalDate.of(2024, 1, 31));
		assertThat(record.at()).isEqualTo(Instant.parse("2024-01-31T12:34:56Z"));
		assertThat(record.atOffset()).isEqualTo(OffsetDateTime.of(2024, 1, 31, 12, 34, 56, 0, ZoneOffset.UTC));
		assertThat(record.time()).isEqualTo(LocalTime.of(12, 34, 56));
		assertThat(record.status()).isEqualTo(Status.IN_PROGRESS);
		assertThat(record.stage()).isEqualTo("Negotiation/Review");
		assertThat(record.tags()).containsExactly("a", "b");
		assertThat(record.regions()).isInstanceOf(EnumSet.class).containsExactly(Region.EMEA, Region.APAC);
		assertThat(record.billingAddress()).isEqualTo(new Address("1 Rue de Rivoli", "Paris", null, null, "75001",
				"France", "FR", 48.8566, 2.3522, null));
		assertThat(record.location()).isEqualTo(new GeoLocation(48.8566, 2.3522));
		assertThat(record.ownerId()).isEqualTo("0055g00000AbCdEAAV");
		assertThat(record.formula()).isEqualTo("Hello!");
		assertThat(record.createdDate()).isEqualTo(Instant.parse("2023-12-01T08:00:00Z"));
		assertThat(record.ext()).isEqualTo("EXT-1");
	}

	@Test
	void readsDateTimesInEveryAcceptedFormAndNamesTheFieldOfAnImpossibleOne() {
		AllTypes record = read(AllTypes.class,
				"{\"At__c\":\"2024-01-31T13:34:56.250+01:00\",\"AtOffset__c\":\"2024-01-31T13:34:56.250+0100\"}");
		assertThat(record.at()).isEqualTo(Instant.parse("2024-01-31T12:34:56.250Z"));
		assertThat(record.atOffset()).isEqualTo(OffsetDateTime.of(2024, 1, 31, 13, 34, 56, 250_000_000,
				ZoneOffset.ofHours(1)));
		AllTypes utc = read(AllTypes.class,
				"{\"At__c\":\"2024-01-31T12:34:56Z\",\"AtOffset__c\":\"2024-01-31T12:34:56.007+0000\"}");
		assertThat(utc.at()).isEqualTo(Instant.parse("2024-01-31T12:34:56Z"));
		assertThat(utc.atOffset()).isEqualTo(OffsetDateTime.of(2024, 1, 31, 12, 34, 56, 7_000_000, ZoneOffset.UTC));
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"At__c\":\"2023-02-29T12:34:56.000+0000\"}"))
			.withMessageContaining("At__c");
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"AtOffset__c\":\"2024-01-31T24:00:00.000+0000\"}"))
			.withMessageContaining("AtOffset__c");
	}

	@Test
	void createsRecordsThroughTheirCanonicalConstructorWithDefaultsForAbsentPrimitives() {
		AllTypes sparse = read(AllTypes.class, "{\"Amount__c\":100,\"Id\":\"a01\"}");
		assertThat(sparse.active()).isFalse();
		assertThat(sparse.count()).isZero();
		assertThat(sparse.id()).isEqualTo("a01");
		assertThat(sparse.text()).isNull();
		assertThat(sparse.amount()).isEqualByComparingTo("100");
		Counted counted = read(Counted.class, "{\"Total__c\":7,\"Flag__c\":true,\"Id\":\"a02\",\"Name\":\"x\"}");
		assertThat(counted).isEqualTo(new Counted("a02", "x", 7L, true, 0.0));
		assertThat(read(Counted.class, "{}")).isEqualTo(new Counted(null, null, 0L, false, 0.0));
	}

	@Test
	void callsTheCanonicalConstructorOfRecordsDirectlyAndLeavesOtherTypesToAnInstantiator() {
		FinancialForceMappingContext context = new FinancialForceMappingContext();
		EntityInstantiators instantiators = new EntityInstantiators();
		assertThat(new ReadPlan<>(context.getRequiredPersistentEntity(Counted.class), instantiators, (p) -> null)
			.recordCreator).isNotNull();
		assertThat(new ReadPlan<>(context.getRequiredPersistentEntity(AllTypes.class), instantiators, (p) -> null)
			.recordCreator).isNotNull();
		assertThat(new ReadPlan<>(context.getRequiredPersistentEntity(Company.class), instantiators, (p) -> null)
			.recordCreator).isNull();
	}

	@Test
	void keepsDecimalScaleAsSent() {
		AllTypes record = read(AllTypes.class, ALL_TYPES);
		assertThat(record.amount()).isEqualTo(new BigDecimal("1500.50")).hasScaleOf(2);
		assertThat(record.rate()).hasScaleOf(3).isEqualByComparingTo("12.5");
		assertThat(record.price().amount()).hasScaleOf(2);
		AllTypes whole = read(AllTypes.class, "{\"Amount__c\":100}");
		assertThat(whole.amount()).isEqualTo(new BigDecimal("100")).hasScaleOf(0);
	}

	@Test
	void readsAbsentAndNullFieldsAsNullOrPrimitiveDefaults() {
		AllTypes record = read(AllTypes.class, """
				{"attributes":{"type":"Thing__c"},"Id":"a01","Text__c":null,"Active__c":null,"Tags__c":null}""");
		assertThat(record.text()).isNull();
		assertThat(record.active()).isFalse();
		assertThat(record.count()).isZero();
		assertThat(record.tags()).isEmpty();
		assertThat(record.regions()).isNull();
		assertThat(record.billingAddress()).isNull();
	}

	@Test
	void readsParentReferencesAndChildSubqueryInOnePass() {
		Invoice invoice = read(Invoice.class, INVOICE);
		assertThat(invoice.name()).isEqualTo("SIN000001");
		assertThat(invoice.accountId()).isEqualTo("0015g00000AbCdEAAV");
		assertThat(invoice.account().name()).isEqualTo("Acme");
		assertThat(invoice.account().owner().name()).isEqualTo("Ada");
		assertThat(invoice.status()).isEqualTo(Status.COMPLETE);
		assertThat(invoice.total()).isEqualTo(new BigDecimal("1200.00"));
		assertThat(invoice.lines()).extracting(Shapes.InvoiceLine::id).containsExactly("a0Y1", "a0Y2");
		assertThat(invoice.lines().get(1).quantity()).isEqualTo(new BigDecimal("1.5"));
	}

	@Test
	void readsNullParentAsNullAndNullChildrenAsEmptyButUnselectedAsNull() {
		Invoice none = read(Invoice.class, """
				{"Id":"a0X","c2g__Account__r":null,"c2g__InvoiceLineItems__r":null}""");
		assertThat(none.account()).isNull();
		assertThat(none.lines()).isEmpty();
		Invoice unselected = read(Invoice.class, "{\"Id\":\"a0X\"}");
		assertThat(unselected.lines()).isNull();
	}

	@Test
	void readsUnknownPicklistValueAsMarkedConstant() {
		AllTypes record = read(AllTypes.class, "{\"Status__c\":\"Waiting for Approval\"}");
		assertThat(record.status()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void warnsOncePerUnknownPicklistValue(CapturedOutput output) {
		read(AllTypes.class, "{\"Status__c\":\"Escalated Twice\"}");
		read(AllTypes.class, "{\"Status__c\":\"Escalated Twice\"}");
		String warning = "Picklist value 'Escalated Twice' has no constant in " + Status.class.getName()
				+ "; read as UNKNOWN";
		assertThat(output.getOut().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
	}

	@Test
	void readsUnknownPicklistValueAsNullWithoutMarkedConstantAndDropsItFromSets() {
		AllTypes record = read(AllTypes.class, "{\"Regions__c\":\"EMEA;LATAM;amer\"}");
		assertThat(record.regions()).containsExactly(Region.EMEA, Region.AMER);
	}

	@Test
	void readsJavaBeansThroughSetters() {
		Company company = read(Company.class, """
				{"attributes":{"type":"Company"},"Id":"001","Name":"Acme","AnnualRevenue":1000000.00,
				 "Contacts":{"totalSize":1,"done":true,"records":[
				   {"attributes":{"type":"Contact"},"Id":"003","LastName":"Lovelace","Email":"ada@example.com"}]}}""");
		assertThat(company.getName()).isEqualTo("Acme");
		assertThat(company.getAnnualRevenue()).hasScaleOf(2);
		assertThat(company.getContacts()).singleElement()
			.satisfies((contact) -> assertThat(contact.email()).isEqualTo("ada@example.com"));
	}

	@Test
	void readsJavaBeansWithoutSettersThroughFields() {
		Opportunity opportunity = read(Opportunity.class, """
				{"attributes":{"type":"Opportunity"},"Id":"006","Name":"Big deal","Amount":250000.00,
				 "CloseDate":"2024-06-30","IsWon":false}""");
		assertThat(opportunity.id).isEqualTo("006");
		assertThat(opportunity.amount).isEqualTo(new BigDecimal("250000.00"));
		assertThat(opportunity.closeDate).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(opportunity.isWon).isFalse();
	}

	static class Opportunity {

		private String id;

		private String name;

		private BigDecimal amount;

		private LocalDate closeDate;

		private boolean isWon = true;

	}

	@Test
	void leavesParserAtEndOfRecordSoPagesStream() {
		String page = "{\"totalSize\":2,\"done\":true,\"records\":[" + INVOICE + "," + INVOICE + "]}";
		List<Invoice> invoices = new ArrayList<>();
		try (JsonParser parser = json.createParser(page)) {
			while (parser.nextToken() != JsonToken.START_ARRAY) {
				// to the records
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				invoices.add(this.reader.read(Invoice.class, parser));
				assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
			}
		}
		assertThat(invoices).hasSize(2).allSatisfy((invoice) -> assertThat(invoice.lines()).hasSize(2));
	}

	@Test
	void fetchesFurtherPagesOfChildSubquery() {
		AtomicInteger fetches = new AtomicInteger();
		RecordReader paging = new RecordReader(this.context, (url, recordReader) -> {
			fetches.incrementAndGet();
			assertThat(url).isEqualTo("/services/data/v60.0/query/01gXX-2000");
			List<Object> records = new ArrayList<>();
			try (JsonParser page = json.createParser("""
					{"totalSize":3,"done":true,"records":[{"Id":"a0Y3","c2g__NetValue__c":5.00}]}""")) {
				while (page.nextToken() != JsonToken.START_ARRAY) {
					// to the records
				}
				while (page.nextToken() == JsonToken.START_OBJECT) {
					records.add(recordReader.read(page));
				}
			}
			return records;
		});
		String record = """
				{"Id":"a0X","c2g__InvoiceLineItems__r":{"totalSize":3,"done":false,
				 "nextRecordsUrl":"/services/data/v60.0/query/01gXX-2000","records":[{"Id":"a0Y1"},{"Id":"a0Y2"}]}}""";
		try (JsonParser parser = json.createParser(record)) {
			parser.nextToken();
			Invoice invoice = paging.read(Invoice.class, parser);
			assertThat(invoice.lines()).extracting(Shapes.InvoiceLine::id).containsExactly("a0Y1", "a0Y2", "a0Y3");
		}
		assertThat(fetches).hasValue(1);
	}

	@Test
	void refusesToTruncateChildSubquerySilently() {
		assertThatExceptionOfType(RecordReadException.class).isThrownBy(() -> read(Invoice.class, """
				{"Id":"a0X","c2g__InvoiceLineItems__r":{"totalSize":3,"done":false,
				 "nextRecordsUrl":"/services/data/v60.0/query/01gXX-2000","records":[{"Id":"a0Y1"}]}}"""))
			.withMessageContaining("c2g__InvoiceLineItems__r of c2g__codaInvoice__c has more records")
			.withMessageContaining("no NextRecordsFetcher");
	}

	@Test
	void namesFieldPropertyAndValueWhenValueDoesNotFit() {
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"Count__c\":\"many\"}"))
			.withMessage("Cannot read Count__c of Thing__c into AllTypes.count (int): 'many' is not a number");
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"Count__c\":1.5}"))
			.withMessageContaining("1.5 is not a whole number");
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"Day__c\":\"31/01/2024\"}"))
			.withMessageContaining("Cannot read Day__c of Thing__c into AllTypes.day (LocalDate)");
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"Day__c\":\"2023-02-29\"}"))
			.withMessageContaining("Cannot read Day__c of Thing__c into AllTypes.day (LocalDate)");
	}

	@Test
	void rejectsParentReferenceThatIsNoObject() {
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(Invoice.class, "{\"c2g__Account__r\":\"001\"}"))
			.withMessage("Cannot read c2g__Account__r of c2g__codaInvoice__c into the parent reference"
					+ " Invoice.account: expected the parent record (a JSON object), got VALUE_STRING");
	}

	@Test
	void explainsTypesThatCannotBeCreated() {
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(Validated.class, "{\"Id\":\"001\"}"))
			.withMessageStartingWith("Cannot create a " + Validated.class.getName() + " from a Validated record:")
			.withMessageContaining("'name' must not be null");
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(Abstract.class, "{\"Id\":\"001\"}"))
			.withMessageStartingWith("Cannot create a " + Abstract.class.getName());
	}

	@SObject("Counted__c")
	private record Counted(String id, String name,
			@SObjectField("Total__c") long total,
			@SObjectField("Flag__c") boolean flag,
			@SObjectField("Ratio__c") double ratio) {
	}

	record Validated(String id, String name) {

		Validated {
			Assert.notNull(name, "'name' must not be null");
		}

	}

	abstract static class Abstract {

		String id;

	}

	@Test
	void requiresCurrencyForMoney() {
		assertThatExceptionOfType(RecordReadException.class)
			.isThrownBy(() -> read(AllTypes.class, "{\"Price__c\":9.99}"))
			.withMessageContaining("into Money: the record has no CurrencyIsoCode");
	}

	@Test
	void rejectsSomethingThatIsNotARecord() {
		try (JsonParser parser = json.createParser("[1]")) {
			parser.nextToken();
			assertThatExceptionOfType(RecordReadException.class)
				.isThrownBy(() -> this.reader.read(Invoice.class, parser))
				.withMessageStartingWith("Expected a c2g__codaInvoice__c record (a JSON object) but got START_ARRAY");
		}
	}

	@Test
	void readsRecordsOfOneStreamWhoseFieldsChangeOrderAndCase() {
		String records = """
				[{"Id":"a0X1","Name":"SIN1","c2g__InvoiceStatus__c":"Complete","c2g__DueDate__c":"2024-02-29"},
				 {"c2g__DueDate__c":"2024-03-01","Name":"SIN2","Id":"a0X2","c2g__InvoiceStatus__c":"Complete"},
				 {"Id":"a0X3","Unmapped__c":"x","C2G__DUEDATE__C":"2024-03-02","Name":"SIN3"},
				 {"Id":"a0X4","Name":"SIN4","c2g__InvoiceStatus__c":"Complete","c2g__DueDate__c":"2024-03-03"}]""";
		io.financialforce.client.RecordReader<Invoice> invoices = this.reader.readerOf(Invoice.class);
		List<Invoice> read = new ArrayList<>();
		try (JsonParser parser = json.createParser(records)) {
			parser.nextToken();
			while (parser.nextToken() == tools.jackson.core.JsonToken.START_OBJECT) {
				read.add(invoices.read(parser));
			}
		}

		assertThat(read).extracting(Invoice::id).containsExactly("a0X1", "a0X2", "a0X3", "a0X4");
		assertThat(read).extracting(Invoice::name).containsExactly("SIN1", "SIN2", "SIN3", "SIN4");
		assertThat(read).extracting(Invoice::dueDate).containsExactly(LocalDate.of(2024, 2, 29),
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3));
		assertThat(read).extracting(Invoice::status).containsExactly(Status.COMPLETE, Status.COMPLETE, null,
				Status.COMPLETE);
	}

	private <T> T read(Class<T> type, String record) {
		try (JsonParser parser = json.createParser(record)) {
			parser.nextToken();
			return this.reader.read(type, parser);
		}
	}

}
