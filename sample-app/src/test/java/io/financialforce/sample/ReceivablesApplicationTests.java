package io.financialforce.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.financialforce.core.FinancialForceOperations;
import io.financialforce.core.query.Query;
import io.financialforce.emulator.FinancialForceEmulator;
import io.financialforce.emulator.RequestFamily;
import io.financialforce.sample.accounting.Invoice;
import io.financialforce.sample.accounting.InvoiceStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on the embedded emulator's demo org (its default configuration): the ageing report, the page,
 * health and the start-up summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ReceivablesApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	FinancialForceEmulator emulator;

	@Autowired
	FinancialForceOperations template;

	@Autowired
	OrgSummary orgSummary;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.emulator.reset();
	}

	@Test
	void agingReportIsOneAggregateQuery() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Api.Response response = this.api.get("/api/receivables/aging?asOf=" + today);
		assertThat(response.status()).isEqualTo(200);
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
		assertThat(this.emulator.requestCount(RequestFamily.QUERY_MORE)).isZero();
		assertThat(this.emulator.apiUsage()).isEqualTo(1);
		assertThat(response.json().path("asOf").asString()).isEqualTo(today.toString());
		assertThat(response.json().path("customers").size()).isGreaterThan(10);
	}

	@Test
	void agingBucketsMatchTheOpenInvoicesDayByDay() {
		LocalDate asOf = LocalDate.now(ZoneOffset.UTC).minusDays(17);
		JsonNode report = this.api.get("/api/receivables/aging?asOf=" + asOf).json();
		Map<String, BigDecimal[]> expected = new HashMap<>();
		List<Invoice> open = this.template.find(Query.query(where("status").is(InvoiceStatus.COMPLETE)
			.and("outstandingValue").greaterThan(BigDecimal.ZERO)), Invoice.class);
		assertThat(open).hasSizeGreaterThan(100);
		for (Invoice invoice : open) {
			long days = ChronoUnit.DAYS.between(invoice.dueDate(), asOf);
			int bucket = (days <= 0) ? 0 : (days <= 30) ? 1 : (days <= 60) ? 2 : (days <= 90) ? 3 : 4;
			BigDecimal[] sums = expected.computeIfAbsent(invoice.currency(), (c) -> zeros());
			sums[bucket] = sums[bucket].add(invoice.outstandingValue());
		}
		String[] fields = { "current", "days1To30", "days31To60", "days61To90", "over90" };
		assertThat(report.path("totals").propertyNames()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((currency, sums) -> {
			for (int i = 0; i < fields.length; i++) {
				assertThat(report.path("totals").path(currency).path(fields[i]).decimalValue())
					.as(currency + " " + fields[i])
					.isEqualByComparingTo(sums[i]);
			}
		});
		long invoices = 0;
		for (JsonNode customer : report.path("customers")) {
			invoices += customer.path("invoices").asLong();
			JsonNode amounts = customer.path("amounts");
			BigDecimal sum = BigDecimal.ZERO;
			for (String field : fields) {
				sum = sum.add(amounts.path(field).decimalValue());
			}
			assertThat(amounts.path("total").decimalValue()).isEqualByComparingTo(sum);
		}
		assertThat(invoices).isEqualTo(open.size());
	}

	@Test
	void agingRejectsAnInvalidDate() {
		Api.Response response = this.api.get("/api/receivables/aging?asOf=2026-02-30");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("title").asString()).isEqualTo("Invalid request");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("asOf");
		assertThat(response.json().path("detail").asString())
			.isEqualTo("1 invalid value: asOf must be a date as YYYY-MM-DD, not \"2026-02-30\"");
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isZero();
	}

	@Test
	void pageShowsTheAgingTableAndChart() {
		Api.Response response = this.api.get("/");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.text()).startsWith("<!DOCTYPE html>")
			.contains("<h1>Receivables ageing</h1>", "<svg", "<rect", "<h2>USD</h2>", "<h2>GBP</h2>",
					"<th class=\"n\">90+ days</th>", "<tfoot>");
		assertThat(this.emulator.requestCount(RequestFamily.QUERY)).isEqualTo(1);
	}

	@Test
	void healthShowsTheOrg() {
		Api.Response response = this.api.get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("components").path("financialforce").path("status").asString())
			.isEqualTo("UP");
	}

	@Test
	void logsTheOrgAndWhatIsInIt(CapturedOutput output) {
		this.orgSummary.run(null);
		assertThat(output.getOut()).containsPattern("Connected to the embedded FinancialForce emulator \\(demo org\\)"
				+ " at http://127\\.0\\.0\\.1:\\d+ as the run-as user of connected app \\S+: 2 companies, \\d+ customers,"
				+ " \\d+ open invoices, (GBP|USD) [\\d,.]+, (GBP|USD) [\\d,.]+ outstanding");
		assertThat(output.getOut()).doesNotContain(this.emulator.credentials().clientSecret());
	}

	private static BigDecimal[] zeros() {
		BigDecimal[] zeros = new BigDecimal[5];
		Arrays.fill(zeros, BigDecimal.ZERO);
		return zeros;
	}

}
