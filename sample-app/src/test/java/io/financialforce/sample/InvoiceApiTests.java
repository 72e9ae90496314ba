package io.financialforce.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.query.Query;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import io.financialforce.sample.accounting.Customer;
import io.financialforce.sample.accounting.Invoice;
import io.financialforce.sample.accounting.InvoiceLine;
import io.financialforce.sample.accounting.InvoiceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoices API on the embedded emulator's demo org, good and bad input alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoiceApiTests {

	private static final String NO_SUCH_INVOICE = "a0I000000000000AAA";

	private static final String NO_SUCH_CUSTOMER = "001000000000000AAA";

	@LocalServerPort
	int port;

	@Autowired
	FinancialForceEmulator emulator;

	@Autowired
	FinancialForceOperations template;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.emulator.reset();
	}

	@Test
	void listsAPageOfInvoicesInOneQueryAndOneCount() {
		long complete = this.template.count(Query.query(where("status").is(InvoiceStatus.COMPLETE)), Invoice.class);
		this.emulator.reset();
		Api.Response response = this.api.get("/api/invoices?status=COMPLETE&page=1&size=5");
		assertThat(response.status()).isEqualTo(200);
		JsonNode page = response.json();
		assertThat(page.path("page").asInt()).isEqualTo(1);
		assertThat(page.path("size").asInt()).isEqualTo(5);
		assertThat(page.path("content").size()).isEqualTo(5);
		assertThat(page.path("totalElements").asLong()).isEqualTo(complete);
		List<LocalDate> dueDates = page.path("content").valueStream()
			.map((invoice) -> LocalDate.parse(invoice.path("dueDate").asString()))
			.toList();
		assertThat(dueDates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(page.path("content").valueStream()).allSatisfy((invoice) -> {
			assertThat(invoice.path("status").asString()).isEqualTo("COMPLETE");
			assertThat(invoice.path("name").asString()).startsWith("SIN");
			assertThat(invoice.path("customer").path("name").asString()).isNotBlank();
			assertThat(invoice.has("lines")).isFalse();
		});
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
	}

	@Test
	void listsTheInvoicesOfACustomer() {
		String customerId = anyCustomerWithInvoices();
		this.emulator.reset();
		JsonNode page = this.api.get("/api/invoices?customer=" + customerId + "&size=200").json();
		assertThat(page.path("totalElements").asLong()).isPositive();
		assertThat(page.path("content").valueStream())
			.allSatisfy((invoice) -> assertThat(invoice.path("customerId").asString()).isEqualTo(customerId));
		// the customer check and the page; a first page shorter than its size needs no COUNT()
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
	}

	@Test
	void listRejectsBadFilters() {
		Api.Response unknown = this.api.get("/api/invoices?customer=" + NO_SUCH_CUSTOMER);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemType()).endsWith(":unknown-customer");
		assertThat(unknown.json().path("title").asString()).isEqualTo("Unknown customer");
		assertThat(unknown.json().path("detail").asString()).contains(NO_SUCH_CUSTOMER);
		Api.Response status = this.api.get("/api/invoices?status=PAID");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().path("detail").asString()).isEqualTo("1 invalid value: status must be one of"
				+ " IN_PROGRESS, READY_TO_POST, COMPLETE, DISCARDED, OTHER, not \"PAID\"");
		assertThat(this.api.get("/api/invoices?status=OTHER").status()).isEqualTo(400);
		Api.Response size = this.api.get("/api/invoices?size=0&page=-1");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.json().path("errors").valueStream().map((e) -> e.path("field").asString()))
			.containsExactlyInAnyOrder("page", "size");
		Api.Response deep = this.api.get("/api/invoices?page=20&size=200");
		assertThat(deep.status()).isEqualTo(400);
		assertThat(deep.json().path("detail").asString()).contains("offset");
	}

	@Test
	void readsAnInvoiceWithCustomerAndLinesInOneQuery() {
		Invoice any = this.template.find(Query.query(where("status").is(InvoiceStatus.COMPLETE)).limit(1),
				Invoice.class).get(0);
		this.emulator.reset();
		Api.Response response = this.api.get("/api/invoices/" + any.id());
		assertThat(response.status()).isEqualTo(200);
		JsonNode invoice = response.json();
		assertThat(invoice.path("id").asString()).isEqualTo(any.id());
		assertThat(invoice.path("customer").path("id").asString()).isEqualTo(any.customerId());
		assertThat(invoice.path("lines").size()).isPositive();
		BigDecimal net = invoice.path("lines").valueStream().map((line) -> line.path("netValue").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(invoice.path("netTotal").decimalValue()).isEqualByComparingTo(net);
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
	}

	@Test
	void unknownInvoiceIsNotFound() {
		for (String id : List.of(NO_SUCH_INVOICE, "not-an-id")) {
			Api.Response response = this.api.get("/api/invoices/" + id);
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.problemType()).isEqualTo("urn:financialforce-sample:problem:invoice-not-found");
			assertThat(response.json().path("detail").asString()).contains("'" + id + "'");
			assertThat(this.api.patch("/api/invoices/" + id, "{\"description\":\"x\"}").status()).isEqualTo(404);
			assertThat(this.api.delete("/api/invoices/" + id).status()).isEqualTo(404);
		}
	}

	@Test
	void createsUpdatesAndDeletesADraftInvoice() {
		String customerId = anyCustomerWithInvoices();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.emulator.reset();
		Api.Response created = this.api.post("/api/invoices", """
				{"customerId":"%s","invoiceDate":"%s","customerReference":"PO-77",
				 "lines":[{"description":"Implementation day","quantity":2,"unitPrice":1100,"taxRate":20},
				          {"description":"Training <day> & more","quantity":1.5,"unitPrice":850}]}
				""".formatted(customerId, today));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(this.emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(1);
		assertThat(this.emulator.requestCount(RequestFamily.SOBJECT)).isEqualTo(1);
		JsonNode invoice = created.json();
		String id = invoice.path("id").asString();
		assertThat(created.headers().getLocation()).hasToString("/api/invoices/" + id);
		assertThat(invoice.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(invoice.path("dueDate").asString()).isEqualTo(today.plusDays(30).toString());
		assertThat(invoice.path("periodId").asString()).isNotEmpty();
		assertThat(invoice.path("currency").asString()).isEqualTo("USD");
		assertThat(invoice.path("lines").valueStream().map((line) -> line.path("lineNumber").asInt())).containsExactly(1, 2);
		assertThat(invoice.path("netTotal").decimalValue()).isEqualByComparingTo("3475.00");
		assertThat(invoice.path("taxTotal").decimalValue()).isEqualByComparingTo("440.00");
		assertThat(invoice.path("outstandingValue").decimalValue()).isEqualByComparingTo("0");

		Api.Response updated = this.api.patch("/api/invoices/" + id, """
				{"dueDate":"%s","status":"READY_TO_POST"}""".formatted(today.plusDays(45)));
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		assertThat(updated.json().path("status").asString()).isEqualTo("READY_TO_POST");
		assertThat(updated.json().path("dueDate").asString()).isEqualTo(today.plusDays(45).toString());
		assertThat(updated.json().path("customerReference").asString()).isEqualTo("PO-77");

		Api.Response posting = this.api.patch("/api/invoices/" + id, "{\"status\":\"COMPLETE\"}");
		assertThat(posting.status()).isEqualTo(422);
		assertThat(posting.problemType()).endsWith(":invalid-change");
		Api.Response typo = this.api.patch("/api/invoices/" + id, "{\"duedate\":\"%s\"}".formatted(today));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.json().path("detail").asString()).isEqualTo("1 invalid value: duedate is not a property of"
				+ " InvoiceChanges; known: customerReference, description, dueDate, status");
		Api.Response early = this.api.patch("/api/invoices/" + id,
				"{\"dueDate\":\"%s\"}".formatted(today.minusDays(1)));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().path("detail").asString()).contains("before the invoice date");

		assertThat(this.api.delete("/api/invoices/" + id).status()).isEqualTo(204);
		assertThat(this.api.get("/api/invoices/" + id).status()).isEqualTo(404);
		assertThat(this.template.count(Query.query(where("invoiceId").is(id)),
				InvoiceLine.class)).isZero();
	}

	@Test
	void rejectedLineLeavesNoDraftBehind() {
		String customerId = anyCustomerWithInvoices();
		long invoices = this.template.count(Query.empty(), Invoice.class);
		this.emulator.reset();
		Api.Response response = this.api.post("/api/invoices", """
				{"customerId":"%s","invoiceDate":"%s",
				 "lines":[{"description":"fine","quantity":1,"unitPrice":10},
				          {"description":"no such product","productId":"01t000000000000AAA","quantity":1,"unitPrice":10}]}
				""".formatted(customerId, LocalDate.now(ZoneOffset.UTC)));
		assertThat(response.status()).as(response.text()).isEqualTo(422);
		assertThat(response.problemType()).endsWith(":lines-rejected");
		assertThat(response.json().path("detail").asString()).contains("record 1");
		assertThat(this.emulator.requestCount(RequestFamily.COLLECTIONS)).isEqualTo(1);
		assertThat(this.template.count(Query.empty(), Invoice.class)).isEqualTo(invoices);
	}

	@Test
	void postedInvoicesCannotChange() {
		Invoice posted = this.template.find(Query.query(where("status").is(InvoiceStatus.COMPLETE)).limit(1),
				Invoice.class).get(0);
		Api.Response patch = this.api.patch("/api/invoices/" + posted.id(), "{\"description\":\"changed\"}");
		assertThat(patch.status()).isEqualTo(409);
		assertThat(patch.problemType()).endsWith(":invoice-not-editable");
		assertThat(patch.json().path("detail").asString()).contains(posted.name()).contains("credit note");
		assertThat(this.api.delete("/api/invoices/" + posted.id()).status()).isEqualTo(409);
		assertThat(this.template.findById(posted.id(), Invoice.class)).isPresent();
	}

	@Test
	void createRejectsInvalidInvoicesWithProblemDetails() {
		String customerId = anyCustomerWithInvoices();
		this.emulator.reset();
		Api.Response noLines = this.api.post("/api/invoices",
				"{\"customerId\":\"%s\",\"invoiceDate\":\"2026-01-10\",\"lines\":[]}".formatted(customerId));
		assertThat(noLines.status()).isEqualTo(400);
		assertThat(noLines.problemType()).endsWith(":invalid-request");
		assertThat(noLines.json().path("errors").get(0).path("field").asString()).isEqualTo("lines");
		assertThat(noLines.json().path("detail").asString()).isEqualTo("1 invalid value: lines must hold at least one line");

		Api.Response missing = this.api.post("/api/invoices", "{\"lines\":[{\"quantity\":-1}]}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("errors").valueStream().map((e) -> e.path("field").asString()))
			.containsExactly("customerId", "invoiceDate", "lines[0].description", "lines[0].quantity",
					"lines[0].unitPrice");

		Api.Response badDate = this.api.post("/api/invoices",
				"{\"customerId\":\"%s\",\"invoiceDate\":\"2026-02-30\",\"lines\":[]}".formatted(customerId));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().path("detail").asString())
			.isEqualTo("1 invalid value: invoiceDate must be a date as YYYY-MM-DD, not \"2026-02-30\"");

		Api.Response dueFirst = this.api.post("/api/invoices", """
				{"customerId":"%s","invoiceDate":"2026-01-10","dueDate":"2026-01-09",
				 "lines":[{"description":"x","quantity":1,"unitPrice":1}]}""".formatted(customerId));
		assertThat(dueFirst.status()).isEqualTo(400);
		assertThat(dueFirst.json().path("detail").asString())
			.isEqualTo("1 invalid value: dueDate must not be before invoiceDate");

		Api.Response notJson = this.api.post("/api/invoices", "{\"customerId\":");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.problemType()).endsWith(":unreadable-request");
		assertThat(this.emulator.apiUsage()).isZero();

		Api.Response unknownCustomer = this.api.post("/api/invoices", """
				{"customerId":"%s","invoiceDate":"%s","lines":[{"description":"x","quantity":1,"unitPrice":1}]}
				""".formatted(NO_SUCH_CUSTOMER, LocalDate.now(ZoneOffset.UTC)));
		assertThat(unknownCustomer.status()).isEqualTo(422);
		assertThat(unknownCustomer.problemType()).endsWith(":unknown-customer");
		assertThat(this.emulator.requestCount(RequestFamily.SOBJECT)).isZero();

		Api.Response closedPeriod = this.api.post("/api/invoices", """
				{"customerId":"%s","invoiceDate":"%s","lines":[{"description":"x","quantity":1,"unitPrice":1}]}
				""".formatted(customerId, LocalDate.now(ZoneOffset.UTC).minusMonths(6)));
		assertThat(closedPeriod.status()).isEqualTo(422);
		assertThat(closedPeriod.problemType()).endsWith(":period-not-open");
		assertThat(closedPeriod.json().path("detail").asString()).contains("is closed for receivables");
		assertThat(this.emulator.requestCount(RequestFamily.SOBJECT)).isZero();
		assertThat(this.emulator.requestCount(RequestFamily.COLLECTIONS)).isZero();
	}

	@Test
	void listsOpenInvoicesOfACustomerDueBeforeADay() {
		String customerId = anyCustomerWithInvoices();
		LocalDate day = LocalDate.now(ZoneOffset.UTC);
		this.emulator.reset();
		Api.Response response = this.api.get("/api/customers/" + customerId + "/open-invoices?dueBefore=" + day);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().size()).isPositive();
		List<LocalDate> dueDates = response.json().valueStream()
			.map((invoice) -> LocalDate.parse(invoice.path("dueDate").asString()))
			.toList();
		assertThat(dueDates).isSorted().allSatisfy((due) -> assertThat(due).isBefore(day));
		assertThat(response.json().valueStream()).allSatisfy((invoice) -> {
			assertThat(invoice.path("status").asString()).isEqualTo("COMPLETE");
			assertThat(invoice.path("outstandingValue").decimalValue()).isPositive();
		});
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(2);
		assertThat(this.api.get("/api/customers/" + customerId + "/open-invoices?dueBefore=yesterday").status())
			.isEqualTo(400);
		assertThat(this.api.get("/api/customers/" + customerId + "/open-invoices").status()).isEqualTo(400);
		Api.Response unknown = this.api.get("/api/customers/" + NO_SUCH_CUSTOMER + "/open-invoices?dueBefore=" + day);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.problemType()).endsWith(":unknown-customer");
	}

	private String anyCustomerWithInvoices() {
		List<Invoice> invoices = this.template.find(Query.query(where("status").is(InvoiceStatus.COMPLETE)
			.and("outstandingValue").greaterThan(BigDecimal.ZERO)).include("customer").limit(50), Invoice.class);
		return invoices.stream().map(Invoice::customer).map(Customer::id)
			.filter((id) -> invoices.stream().filter((i) -> id.equals(i.customerId())).count() > 1)
			.findFirst().orElseThrow();
	}

}
