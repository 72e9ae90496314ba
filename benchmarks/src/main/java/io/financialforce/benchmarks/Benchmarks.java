package io.financialforce.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.financialforce.soql.SoqlParser;

/**
 * Runs every workload against emulators in their own JVMs, through this library, a raw Jackson baseline,
 * force-rest-api and WSC, prints every measurement as it is made and writes the report to {@code RESULTS.md} with
 * the machine, JVM and date.
 * <p>
 * {@code --full} (default): 100,000 invoices, writes of 1k and 10k, and a stream of 1,000,000 in a {@code -Xmx64m}
 * JVM per library. {@code --quick}: a smoke run of the same code paths with 10,000 invoices, writes of 200 and 2k,
 * and the stream of those 10,000.
 */
public final class Benchmarks {

	private static final int LATENCY = 50;

	private static final int STREAM_ROWS = 1_000_000;

	private Benchmarks() {
	}

	/**
	 * Runs the benchmarks.
	 * @param args {@code --quick} or {@code --full}
	 */
	public static void main(String[] args) throws IOException {
		boolean full = !List.of(args).contains("--quick");
		int scale = full ? 100_000 : 10_000;
		int small = full ? 1_000 : 200;
		int large = full ? 10_000 : 2_000;
		long started = System.nanoTime();
		Meter meter = new Meter();
		List<String> notes = new ArrayList<>();
		System.out.println(Report.detailHeader());
		try (EmulatorProcess org = EmulatorProcess.start(scale, 0); OurLibrary ours = new OurLibrary(org.loginUrl())) {
			ForceRestApiPeer forceRestApi = new ForceRestApiPeer(org.loginUrl());
			WscPeer wsc = new WscPeer(org.loginUrl());
			Map<Library, Reads> readers = readers(org, ours, forceRestApi, wsc);
			Workloads workloads = new Workloads(meter, org, scale, 0, ours);
			for (int i = 0; i < 3; i++) {
				readers.values().forEach(workloads::warmUp);
				warmUpWrites(List.of(ours.writes(false), ours.writes(true), wsc, forceRestApi), 400);
			}
			readers.forEach(workloads::reads);
			workloads.writes(Library.OURS, ours.writes(false), small, Workloads.WRITE_RUNS);
			workloads.writes(Library.WSC, wsc, small, Workloads.WRITE_RUNS);
			workloads.writes(Library.FORCE_REST_API, forceRestApi, small, Workloads.WRITE_RUNS);
			workloads.writes(Library.OURS, ours.writes(false), large, Workloads.WRITE_RUNS);
			workloads.writes(Library.OURS_PARALLEL, ours.writes(true), large, Workloads.WRITE_RUNS);
			workloads.writes(Library.WSC, wsc, large, Workloads.WRITE_RUNS);
			workloads.writes(Library.FORCE_REST_API, forceRestApi, large, 1);
			if (!full) {
				streams(meter, org, scale, notes);
			}
		}
		try (EmulatorProcess org = EmulatorProcess.start(scale, LATENCY);
				OurLibrary ours = new OurLibrary(org.loginUrl())) {
			WscPeer wsc = new WscPeer(org.loginUrl());
			Map<Library, Reads> readers = readers(org, ours, new ForceRestApiPeer(org.loginUrl()), wsc);
			Workloads workloads = new Workloads(meter, org, scale, LATENCY, ours);
			readers.values().forEach(workloads::warmUp);
			warmUpWrites(List.of(ours.writes(false), ours.writes(true), wsc), 400);
			readers.forEach(workloads::reads);
			workloads.writes(Library.OURS, ours.writes(false), large, Workloads.WRITE_RUNS);
			workloads.writes(Library.OURS_PARALLEL, ours.writes(true), large, Workloads.WRITE_RUNS);
			workloads.writes(Library.WSC, wsc, large, Workloads.WRITE_RUNS);
		}
		if (full) {
			try (EmulatorProcess org = EmulatorProcess.start(STREAM_ROWS, 0)) {
				streams(meter, org, STREAM_ROWS, notes);
			}
		}
		notes.addAll(notes(small, large));
		notes.add(parserTiming());
		double minutes = (System.nanoTime() - started) / 60e9;
		String report = Report.markdown(facts(full, minutes), meter.results(), notes);
		System.out.println();
		System.out.println(report);
		Files.writeString(Path.of("RESULTS.md"), report);
	}

	private static Map<Library, Reads> readers(EmulatorProcess org, OurLibrary ours, ForceRestApiPeer forceRestApi,
			WscPeer wsc) {
		Map<Library, Reads> readers = new LinkedHashMap<>();
		readers.put(Library.OURS, ours);
		readers.put(Library.RAW_JACKSON, new SoqlReads(new RawJackson(org)));
		readers.put(Library.FORCE_REST_API, new SoqlReads(forceRestApi));
		readers.put(Library.WSC, new SoqlReads(wsc));
		return readers;
	}

	private static void warmUpWrites(List<Writes> writers, int count) {
		for (Writes writes : writers) {
			List<String> ids = writes.insertAll(count, "Warm-up ");
			writes.updateAll(ids);
			writes.deleteAll(ids);
		}
	}

	private static void streams(Meter meter, EmulatorProcess org, int rows, List<String> notes) throws IOException {
		for (Library library : List.of(Library.OURS, Library.RAW_JACKSON, Library.FORCE_REST_API, Library.WSC)) {
			SmallHeapStream.run(meter, org, library, rows).ifPresent(notes::add);
		}
	}

	private static List<String> facts(boolean full, double minutes) {
		String date = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
		return List.of("date: " + date,
				"machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
						+ " " + System.getProperty("os.arch"),
				"JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
						+ ", benchmark heap -Xmx1g, streams in -Xmx64m JVMs",
				"mode: " + (full ? "--full" : "--quick") + String.format(Locale.ROOT, ", %.1f minutes", minutes)
						+ "; each emulator runs in its own JVM; requests are counted by the org's own usage counter",
				"method: everything is warmed up first (each read and write runs unmeasured, three times on the first"
						+ " org), then each read runs " + Workloads.READ_RUNS + " times and each write "
						+ Workloads.WRITE_RUNS + " times, and the time is the best of them (the runs column); a"
						+ " workload whose first run takes over " + Meter.LONG_MILLIS / 1000 + " s runs once, as do"
						+ " the streams and force-rest-api's writes of the larger size (one call per record)");
	}

	private static List<String> notes(int small, int large) {
		return List.of("force-rest-api 0.0.45 has no batch call: its saveAll, updateAll and deleteAll make one call per"
				+ " record. They run without latency only: at " + LATENCY + " ms, " + Workloads.thousands(large)
				+ " calls would take " + (large * LATENCY / 1000) + " s a workload. Its query pages are the REST"
				+ " default of 2,000.",
				"The emulator's JDK HTTP server runs with -Dsun.net.httpserver.nodelay=true: without it, Nagle's"
						+ " algorithm and delayed ACKs add about 40 ms to most write calls, for every library alike.",
				"WSC partner 65.0.0 runs over the emulator's partner SOAP endpoint, logged in at API 64.0 (SOAP login()"
						+ " no longer exists from 65.0), queries with QueryOptions batchSize 2,000, create, update and"
						+ " delete in arrays of 200, retrieve for findById.",
				"deleteAll times are mostly the emulator's: deleting an account scans every row of its child"
						+ " tables (100,000 invoices) for references, so they measure the org more than the library.",
				"Peak heap is the sum of each heap pool's peak, an upper bound of the heap in use at once (it can"
						+ " exceed -Xmx64m).",
				"Peers are compared with financialforce-spring's default (one call at a time); the \"parallel calls\""
						+ " column is the same library with a batch executor.",
				"raw Jackson sends the same requests as the library and only counts records on a streaming parser:"
						+ " the CPU floor of reading (its client CPU column), not a library. It reads pages one after"
						+ " another, without prefetch, so its wall time can exceed ours.",
				"Client CPU is the CPU time of the benchmark JVM (all threads, garbage collection and JIT included)"
						+ " during a run, the mean of the runs; the emulator's is not counted. The OS counts it in"
						+ " 10 ms ticks, so figures under about 50 ms are coarse.");
	}

	private static String parserTiming() {
		StringBuilder soql = new StringBuilder("SELECT Id FROM Account WHERE Id IN (");
		for (int i = 0; soql.length() < 99_900; i++) {
			soql.append((i == 0) ? "" : ", ").append(String.format(Locale.ROOT, "'001%015d'", i));
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
		return String.format(Locale.ROOT, "SoqlParser: a %,d-character statement parses in %.1f ms (best of 20, warm).",
				query.length(), best / 1_000_000.0);
	}

}
