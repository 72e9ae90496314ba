package io.financialforce.benchmarks.micro;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.financialforce.soql.Select;
import io.financialforce.soql.SoqlParser;

/**
 * {@link SoqlParser#parse(String)} of a typical query (about 200 characters) and of a statement of the maximum
 * length Salesforce accepts (100,000 characters: an {@code IN} list of ids), and {@link Select#toSoql()} rendering
 * of the same trees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SoqlParserBenchmark {

	/** Salesforce's default maximum length of a SOQL statement. */
	static final int MAX_LENGTH = 100_000;

	static final String TYPICAL = "SELECT Id, Name, c2g__Account__r.Name, c2g__NetTotal__c"
			+ " FROM c2g__codaInvoice__c WHERE c2g__InvoiceStatus__c = 'Complete' AND c2g__InvoiceDate__c >= 2024-01-01"
			+ " ORDER BY c2g__InvoiceDate__c DESC LIMIT 200";

	String typical = TYPICAL;

	String inList = "";

	Select typicalTree = SoqlParser.parse(TYPICAL);

	Select inListTree = SoqlParser.parse(TYPICAL);

	@Setup
	public void setUp() {
		this.inList = inList(MAX_LENGTH);
		this.typicalTree = SoqlParser.parse(this.typical);
		this.inListTree = SoqlParser.parse(this.inList);
		if (!SoqlParser.parse(this.inListTree.toSoql()).equals(this.inListTree)) {
			throw new IllegalStateException("The IN-list statement does not survive a render and parse round trip");
		}
	}

	/** A statement of at most {@code maxLength} characters selecting invoices by a list of 18-character ids. */
	static String inList(int maxLength) {
		String tail = ")";
		StringBuilder soql = new StringBuilder(maxLength)
			.append("SELECT Id, Name, c2g__NetTotal__c FROM c2g__codaInvoice__c WHERE Id IN (");
		int count = 0;
		while (true) {
			String id = String.format("'a0X5g%013d'", count);
			String separator = (count == 0) ? "" : ", ";
			if (soql.length() + separator.length() + id.length() + tail.length() > maxLength) {
				break;
			}
			soql.append(separator).append(id);
			count++;
		}
		return soql.append(tail).toString();
	}

	@Benchmark
	public Select parseTypical() {
		return SoqlParser.parse(this.typical);
	}

	@Benchmark
	public Select parseInList100k() {
		return SoqlParser.parse(this.inList);
	}

	@Benchmark
	public String renderTypical() {
		return this.typicalTree.toSoql();
	}

	@Benchmark
	public String renderInList100k() {
		return this.inListTree.toSoql();
	}

}
