package io.financialforce.benchmarks.micro;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.financialforce.benchmarks.PageScan;
import io.financialforce.core.convert.RecordReader;
import io.financialforce.core.mapping.FinancialForceMappingContext;

/**
 * Reading one query page of {@value InvoicePage#RECORDS} invoice records (the REST API's JSON, in memory) three ways:
 * into {@link MappedInvoice} records with the library's {@link RecordReader}, and the two floors it is measured
 * against: Jackson's {@code readTree} of the same bytes, and a plain streaming pass that counts the records and sums
 * their decimals (what the whole-workload raw baseline does with each page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecordMappingBenchmark {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final RecordReader reader = new RecordReader(new FinancialForceMappingContext());

	private byte[] page = new byte[0];

	@Setup
	public void setUp() {
		this.page = InvoicePage.json().getBytes(StandardCharsets.UTF_8);
		List<MappedInvoice> invoices = mapRecords();
		MappedInvoice last = invoices.get(invoices.size() - 1);
		if (invoices.size() != InvoicePage.RECORDS || last.account() == null || last.account().name() == null
				|| last.createdDate() == null || last.total() == null || streamingPass() != InvoicePage.RECORDS) {
			throw new IllegalStateException("The page does not map as expected: " + last);
		}
	}

	@Benchmark
	public List<MappedInvoice> mapRecords() {
		List<MappedInvoice> invoices = new ArrayList<>(InvoicePage.RECORDS);
		try (JsonParser parser = this.mapper.createParser(this.page)) {
			parser.nextToken();
			for (String name = parser.nextName(); name != null; name = parser.nextName()) {
				JsonToken token = parser.nextToken();
				if ("records".equals(name) && token == JsonToken.START_ARRAY) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						invoices.add(this.reader.read(MappedInvoice.class, parser));
					}
				}
				else {
					parser.skipChildren();
				}
			}
		}
		return invoices;
	}

	@Benchmark
	public JsonNode jacksonReadTree() {
		return this.mapper.readTree(this.page);
	}

	@Benchmark
	public long streamingPass() {
		try (JsonParser parser = this.mapper.createParser(this.page)) {
			return PageScan.of(parser).records();
		}
	}

}
