package io.financialforce.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.financialforce.benchmarks.Entities.Customer;
import io.financialforce.soql.SoqlParser;

/**
 * Runs every workload against emulators in their own JVMs, prints a markdown table and writes it to
 * {@code RESULTS.md} with the machine, JVM and date.
 * <p>
 * {@code --quick}: 10,000 invoices and no 1,000,000-row stream (a smoke run); {@code --full} (default): 100,000
 * invoices, and the stream of 1,000,000 in a {@code -Xmx64m} JVM.
 */
public final class Benchmarks {

	private static final int LATENCY = 50;

	private Benchmarks() {
	}

	/**
	 * Runs the benchmarks.
	 * @param args {@code --quick} or {@code --full}
	 */
	public static void main(String[] args) throws IOException {
		boolean full = !List.of(args).contains("--quick");
		int scale = full ? 100_000 : 10_000;
		Meter meter = new Meter();
		System.out.println(Result.header());
		try (EmulatorProcess org = EmulatorProcess.start(scale, 0); OurLibrary ours = new OurLibrary(org.loginUrl())) {
			warmUp(org, ours);
			reads(meter, org, ours, scale, 0);
			writes(meter, org, ours, full ? 10_000 : 2_000, 0);
			peers(meter, org, scale);
		}
		try (EmulatorProcess org = EmulatorProcess.start(10_000, LATENCY);
				OurLibrary ours = new OurLibrary(org.loginUrl())) {
			ours.findAll(2_000);
			new RawJackson(org).query("SELECT Id FROM Account LIMIT 1");
			meter.measure(org, LATENCY, "findAll 10k", "financialforce-spring", 5, () -> ours.findAll(10_000));
			meter.measure(org, LATENCY, "findAll 10k", "raw Jackson", 5,
					() -> new RawJackson(org).query("SELECT " + Entities.INVOICE_FIELDS + " FROM c2g__codaInvoice__c LIMIT 10000"));
			writes(meter, org, ours, 2_000, LATENCY);
			WscPeer wsc = new WscPeer(org.loginUrl());
			wsc.query("SELECT Id FROM Account LIMIT 1");
			meter.measure(org, LATENCY, "findAll 10k", WscPeer.NAME, 5,
					() -> wsc.query("SELECT " + Entities.INVOICE_FIELDS + " FROM c2g__codaInvoice__c LIMIT 10000"));
			List<String>[] ids = new List[1];
			meter.measure(org, LATENCY, "saveAll 1k", WscPeer.NAME, 5, () -> {
				ids[0] = wsc.insertAll(1_000, "WSC ");
				return ids[0].size();
			});
			wsc.deleteAll(ids[0]);
		}
		if (full) {
			meter.add(streamMillion());
		}
		String parser = parserTiming();
		System.out.println(parser);
		Files.writeString(Path.of("RESULTS.md"), report(meter.results(), parser, full));
	}

	/**
	 * Runs every code path a few times unmeasured, so that the figures are of compiled code, not of the JIT.
	 */
	private static void warmUp(EmulatorProcess org, OurLibrary ours) {
		ForceRestApiPeer peer = new ForceRestApiPeer(org.loginUrl());
		RawJackson raw = new RawJackson(org);
		String select = "SELECT " + Entities.INVOICE_FIELDS + " FROM c2g__codaInvoice__c LIMIT 10000";
		for (int i = 0; i < 3; i++) {
			ours.findAll(10_000);
			peer.query(select);
			raw.query(select);
			ours.deleteAll(ours.insertAll(400, "Warm-up ", i % 2 == 0), i % 2 == 0);
		}
		peer.deleteAll(peer.insertAll(50, "Warm-up peer "));
		WscPeer wsc = new WscPeer(org.loginUrl());
		for (int i = 0; i < 3; i++) {
			wsc.query(select);
			wsc.deleteAll(wsc.insertAll(400, "Warm-up WSC "));
		}
	}

	private static void reads(Meter meter, EmulatorProcess org, OurLibrary ours, int scale, int latency) {
		String lib = "financialforce-spring";
		meter.measure(org, latency, "findAll 10k", lib, 5, () -> ours.findAll(10_000));
		if (scale > 10_000) {
			meter.measure(org, latency, "findAll " + scale / 1000 + "k", lib, pages(scale), ours::findAll);
		}
		String prefix = (scale >= 100_000) ? "SIN001" : "SIN0001";
		meter.measure(org, latency, "derived query, 1% of " + scale / 1000 + "k", lib, 1,
				() -> ours.findByNamePrefix(prefix));
		meter.measure(org, latency, "count", lib, 1, ours::count);
		meter.measure(org, latency, "exists", lib, 1, ours::exists);
		String id = ours.idAt(0);
		meter.measure(org, latency, "findById", lib, 1, () -> ours.findById(id));
		meter.measure(org, latency, "page at offset 1,500", lib, 1, () -> ours.pageAt(1500, 100));
		String after = ours.idAt(Math.min(10_000, scale - 200));
		meter.measure(org, latency, "window past 10,000 (keyset)", lib, 1, () -> ours.windowAfter(after, 100));
		meter.measure(org, latency, "findAll " + scale / 1000 + "k", "raw Jackson", pages(scale),
				() -> new RawJackson(org).query("SELECT " + Entities.INVOICE_FIELDS + " FROM c2g__codaInvoice__c"));
	}

	private static void writes(Meter meter, EmulatorProcess org, OurLibrary ours, int count, int latency) {
		String lib = "financialforce-spring";
		long minimum = (count + 199) / 200;
		List<Customer>[] saved = new List[1];
		meter.measure(org, latency, "saveAll 1k", lib, 5, () -> {
			saved[0] = ours.insertAll(1_000, "One ", false);
			return saved[0].size();
		});
		ours.deleteAll(saved[0], true);
		meter.measure(org, latency, "saveAll " + count / 1000 + "k (sequential calls)", lib, minimum, () -> {
			saved[0] = ours.insertAll(count, "Seq ", false);
			return saved[0].size();
		});
		meter.measure(org, latency, "deleteAll " + count / 1000 + "k (sequential calls)", lib, minimum,
				() -> ours.deleteAll(saved[0], false));
		meter.measure(org, latency, "saveAll " + count / 1000 + "k (" + OurLibrary.PARALLEL_CALLS + " parallel calls)",
				lib, minimum, () -> {
					saved[0] = ours.insertAll(count, "Par ", true);
					return saved[0].size();
				});
		meter.measure(org, latency, "updateAll " + count / 1000 + "k (parallel)", lib, minimum,
				() -> ours.updateAll(saved[0], true));
		meter.measure(org, latency, "deleteAll " + count / 1000 + "k (parallel)", lib, minimum,
				() -> ours.deleteAll(saved[0], true));
	}

	private static void peers(Meter meter, EmulatorProcess org, int scale) {
		ForceRestApiPeer peer = new ForceRestApiPeer(org.loginUrl());
		String lib = "force-rest-api 0.0.45";
		String select = "SELECT " + Entities.INVOICE_FIELDS + " FROM c2g__codaInvoice__c";
		meter.measure(org, 0, "findAll 10k", lib, 5, () -> peer.query(select + " LIMIT 10000"));
		if (scale > 10_000) {
			meter.measure(org, 0, "findAll " + scale / 1000 + "k", lib, pages(scale), () -> peer.query(select));
		}
		meter.measure(org, 0, "count", lib, 1, () -> peer.count("c2g__codaInvoice__c"));
		String id = peer.query(select + " LIMIT 1") > 0 ? firstInvoiceId(org) : null;
		meter.measure(org, 0, "findById", lib, 1, () -> peer.findById("c2g__codaInvoice__c", id));
		List<String>[] ids = new List[1];
		meter.measure(org, 0, "saveAll 1k", lib, 5, () -> {
			ids[0] = peer.insertAll(1_000, "Peer ");
			return ids[0].size();
		});
		meter.measure(org, 0, "deleteAll 1k", lib, 5, () -> peer.deleteAll(ids[0]));
		wsc(meter, org, scale, id);
	}

	private static void wsc(Meter meter, EmulatorProcess org, int scale, String invoiceId) {
		WscPeer wsc = new WscPeer(org.loginUrl());
		String lib = WscPeer.NAME;
		String select = "SELECT " + Entities.INVOICE_FIELDS + " FROM c2g__codaInvoice__c";
		meter.measure(org, 0, "findAll 10k", lib, 5, () -> wsc.query(select + " LIMIT 10000"));
		if (scale > 10_000) {
			meter.measure(org, 0, "findAll " + scale / 1000 + "k", lib, pages(scale), () -> wsc.query(select));
		}
		meter.measure(org, 0, "count", lib, 1, () -> wsc.count("c2g__codaInvoice__c"));
		meter.measure(org, 0, "findById", lib, 1,
				() -> wsc.findById("c2g__codaInvoice__c", Entities.INVOICE_FIELDS, invoiceId));
		List<String>[] ids = new List[1];
		meter.measure(org, 0, "saveAll 1k", lib, 5, () -> {
			ids[0] = wsc.insertAll(1_000, "WSC ");
			return ids[0].size();
		});
		meter.measure(org, 0, "deleteAll 1k", lib, 5, () -> wsc.deleteAll(ids[0]));
	}

	private static String firstInvoiceId(EmulatorProcess org) {
		try (OurLibrary ours = new OurLibrary(org.loginUrl())) {
			return ours.idAt(0);
		}
	}

	private static Result streamMillion() throws IOException {
		int rows = 1_000_000;
		try (EmulatorProcess org = EmulatorProcess.start(rows, 0)) {
			long before = org.apiUsage();
			Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
					"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
					StreamInSmallHeap.class.getName(), org.loginUrl()).redirectErrorStream(true).start();
			String last = null;
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					last = line;
				}
			}
			long requests = org.apiUsage() - before - 1;
			String[] parts = (last != null) ? last.trim().split(" ") : new String[0];
			if (parts.length != 3) {
				throw new IllegalStateException("The -Xmx64m stream failed: " + last);
			}
			return new Result("stream 1,000,000 (-Xmx64m JVM)", "financialforce-spring", 0, requests, pages(rows),
					Double.parseDouble(parts[1]), Long.parseLong(parts[0]), Double.parseDouble(parts[2]));
		}
	}

	private static String parserTiming() {
		StringBuilder soql = new StringBuilder("SELECT Id FROM Account WHERE Id IN (");
		for (int i = 0; soql.length() < 99_900; i++) {
			soql.append((i == 0) ? "" : ", ").append(String.format("'001%015d'", i));
		}
		String query = soql.append(")").toString();
		for (int i = 0; i < 20; i++) {
			SoqlParser.parse(query);
		}
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 20; i++) {
			long start = System.nanoTime();
			SoqlParser.parse(query);
			best = Math.min(best, System.nanoTime() - start);
		}
		return String.format(java.util.Locale.ROOT, "SoqlParser: a %,d-character statement parses in %.1f ms (best of 20,"
				+ " warm)", query.length(), best / 1_000_000.0);
	}

	private static long pages(int rows) {
		return (rows + 1999) / 2000;
	}

	private static String report(List<Result> results, String parser, boolean full) {
		StringBuilder report = new StringBuilder("# Benchmark results\n\n");
		report.append("- date: ").append(LocalDate.now()).append('\n');
		report.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
			.append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
		report.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
			.append(System.getProperty("java.version")).append(", benchmark heap -Xmx1g\n");
		report.append("- mode: ").append(full ? "--full" : "--quick")
			.append("; the emulator runs in its own JVM; requests are counted by the org\n");
		report.append("- Salesforce WSC partner API 65.0.0: over the emulator's partner SOAP endpoint, logged in at API"
				+ " 64.0 (login() does not exist from 65.0), queries with QueryOptions batchSize 2,000, create and delete"
				+ " in arrays of 200\n\n");
		report.append(Result.header()).append('\n');
		results.forEach((result) -> report.append(result.row()).append('\n'));
		report.append('\n').append(parser).append('\n');
		return report.toString();
	}

}
