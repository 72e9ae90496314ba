package io.financialforce.benchmarks.micro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the microbenchmarks of this package with the JMH {@link Runner} (1 fork, 3 warm-up and 5 measurement
 * iterations of 1 s, about 2 minutes; {@code --quick}: 1 and 2), prints a markdown table of time and allocation per
 * operation and writes it to {@code MICRO-RESULTS.md}. Other arguments are regular expressions selecting
 * benchmarks, as JMH's {@code include}.
 */
public final class MicroBenchmarks {

	private static final Path RESULTS = Path.of("MICRO-RESULTS.md");

	private static final List<Class<?>> BENCHMARKS = List.of(SoqlParserBenchmark.class, RecordMappingBenchmark.class);

	private MicroBenchmarks() {
	}

	/**
	 * Runs the benchmarks and writes the results.
	 * @param args {@code --quick} for fewer iterations, or regular expressions of the benchmarks to run
	 * @throws RunnerException if a benchmark fails
	 * @throws IOException if the results cannot be written
	 */
	public static void main(String[] args) throws RunnerException, IOException {
		boolean quick = List.of(args).contains("--quick");
		ChainedOptionsBuilder options = new OptionsBuilder().forks(1)
			.warmupIterations(quick ? 1 : 3)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(quick ? 2 : 5)
			.measurementTime(TimeValue.seconds(1))
			.jvmArgs("-Xms1g", "-Xmx1g")
			.addProfiler(GCProfiler.class)
			.shouldFailOnError(true);
		List<String> includes = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				includes.add(arg);
			}
		}
		if (includes.isEmpty()) {
			BENCHMARKS.forEach((type) -> includes.add(Pattern.quote(type.getName()) + "\\."));
		}
		includes.forEach(options::include);
		Collection<RunResult> results = new Runner(options.build()).run();
		String table = markdown(results, quick);
		System.out.println();
		System.out.println(table);
		Files.writeString(RESULTS, table);
		System.out.println("Written to " + RESULTS.toAbsolutePath());
	}

	static String markdown(Collection<RunResult> results, boolean quick) {
		StringBuilder md = new StringBuilder("# Microbenchmark results\n\n");
		md.append(String.format(Locale.ROOT, "%s · %s %s (%s) · %s %s, %d cores · JMH: 1 fork, %s warm-up and %s"
				+ " measurement iterations of 1 s, average time per operation%n%n",
				ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), System.getProperty("java.vm.vendor"),
				System.getProperty("os.name"), System.getProperty("os.arch"),
				Runtime.getRuntime().availableProcessors(), quick ? 1 : 3, quick ? 2 : 5));
		md.append("| benchmark | time per op | ± (99.9%) | allocated per op |\n|---|---:|---:|---:|\n");
		List<RunResult> sorted = new ArrayList<>(results);
		sorted.sort(Comparator.comparing((RunResult result) -> result.getParams().getBenchmark()));
		for (RunResult result : sorted) {
			Result<?> primary = result.getPrimaryResult();
			md.append(String.format(Locale.ROOT, "| %s | %,.2f %s | %,.2f | %s |%n", shortName(result),
					primary.getScore(), primary.getScoreUnit(), primary.getScoreError(), allocation(result)));
		}
		appendMappingRatios(md, sorted);
		return md.toString();
	}

	private static void appendMappingRatios(StringBuilder md, List<RunResult> results) {
		Double map = score(results, "RecordMappingBenchmark.mapRecords");
		Double tree = score(results, "RecordMappingBenchmark.jacksonReadTree");
		Double stream = score(results, "RecordMappingBenchmark.streamingPass");
		if (map == null || tree == null || stream == null) {
			return;
		}
		md.append(String.format(Locale.ROOT, "%nMapping a page of %,d invoices: %,.2f µs per record, %,.0f records/s;"
				+ " %.2f× the time of Jackson `readTree`, %.2f× the time of a plain streaming pass.%n",
				InvoicePage.RECORDS, map / InvoicePage.RECORDS, InvoicePage.RECORDS * 1_000_000 / map, map / tree,
				map / stream));
	}

	private static @Nullable Double score(List<RunResult> results, String suffix) {
		for (RunResult result : results) {
			if (result.getParams().getBenchmark().endsWith(suffix)
					&& result.getPrimaryResult().getScoreUnit().equals("us/op")) {
				return result.getPrimaryResult().getScore();
			}
		}
		return null;
	}

	private static String shortName(RunResult result) {
		String name = result.getParams().getBenchmark();
		return name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
	}

	private static String allocation(RunResult result) {
		for (var entry : result.getSecondaryResults().entrySet()) {
			if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
				return String.format(Locale.ROOT, "%,.0f B", entry.getValue().getScore());
			}
		}
		return "–";
	}

}
