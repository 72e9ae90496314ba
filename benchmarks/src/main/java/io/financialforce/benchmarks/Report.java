package io.financialforce.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Formats the results of a run as markdown: the targets, a comparison table (one row per workload and latency, each
 * library's time and its ratio to ours) and every measurement in detail.
 */
final class Report {

	static final Locale LOCALE = Locale.ROOT;

	static final String NONE = "—";

	private Report() {
	}

	/**
	 * The whole report.
	 * @param facts the machine, JVM, date and method, one bullet each
	 * @param results every measurement
	 * @param notes what the tables need said, one bullet each
	 * @return the markdown
	 */
	static String markdown(List<String> facts, List<Result> results, List<String> notes) {
		StringBuilder report = new StringBuilder("# Benchmark results\n\n");
		facts.forEach((fact) -> report.append("- ").append(fact).append('\n'));
		report.append("\n## Targets\n\n").append(targetsTable(Targets.of(results)));
		report.append("\n## Comparison\n\nEach library's time, and in brackets its ratio to financialforce-spring's")
			.append(" (below 1× is faster than ours); requests are shown where they exceed the minimum; ")
			.append(NONE)
			.append(" where a library did not run the workload.\n\n")
			.append(comparisonTable(results));
		report.append("\n## Every measurement\n\n").append(detailTable(results));
		if (!notes.isEmpty()) {
			report.append("\n## Notes\n\n");
			notes.forEach((note) -> report.append("- ").append(note).append('\n'));
		}
		return report.toString();
	}

	static String targetsTable(List<Target> targets) {
		StringBuilder table = new StringBuilder("| target | measured | met |\n|---|---|---|\n");
		targets.forEach((target) -> table.append("| ")
			.append(target.goal())
			.append(" | ")
			.append(target.measured())
			.append(" | ")
			.append(target.verdict().mark())
			.append(" |\n"));
		return table.toString();
	}

	/**
	 * One row per workload and latency (latency first, then the order they ran in), one column per library that ran
	 * anything.
	 */
	static String comparisonTable(List<Result> results) {
		List<Library> libraries = results.stream().map(Result::library).distinct().sorted().toList();
		Map<String, Result> rows = new LinkedHashMap<>();
		results.stream()
			.sorted(Comparator.comparingInt(Result::latencyMillis))
			.forEach((result) -> rows.putIfAbsent(result.latencyMillis() + "|" + result.workload(), result));
		StringBuilder table = new StringBuilder("| workload | latency |");
		libraries.forEach((library) -> table.append(' ').append(library.label()).append(" |"));
		table.append("\n|---|---|").append("---|".repeat(libraries.size())).append('\n');
		for (Result row : rows.values()) {
			Optional<Result> ours = Targets.find(results, Library.OURS, row);
			table.append("| ").append(row.workload()).append(" | ").append(row.latencyMillis()).append(" ms |");
			for (Library library : libraries) {
				table.append(' ')
					.append(Targets.find(results, library, row).map((result) -> cell(result, ours)).orElse(NONE))
					.append(" |");
			}
			table.append('\n');
		}
		return table.toString();
	}

	private static String cell(Result result, Optional<Result> ours) {
		List<String> parts = new ArrayList<>();
		String time = millis(result.millis()) + " ms";
		if (result.library() != Library.OURS && ours.isPresent()) {
			time += " (" + ratio(result.millis() / ours.get().millis()) + "×)";
		}
		parts.add(time);
		if (result.requests() > result.minimum()) {
			parts.add(String.format(LOCALE, "%,d requests", result.requests()));
		}
		return String.join(", ", parts);
	}

	static String detailTable(List<Result> results) {
		StringBuilder table = new StringBuilder(detailHeader()).append('\n');
		results.forEach((result) -> table.append(detailRow(result)).append('\n'));
		return table.toString();
	}

	static String detailHeader() {
		return "| workload | library | latency | requests | minimum | requests / minimum | time (ms) | client CPU (ms)"
				+ " | runs | records/s | peak heap (MB) |\n|---|---|---|---|---|---|---|---|---|---|---|";
	}

	static String detailRow(Result result) {
		return String.format(LOCALE, "| %s | %s | %d ms | %,d | %,d | %s | %s | %s | %s | %,.0f | %.0f |", result.workload(),
				result.library().label(), result.latencyMillis(), result.requests(), result.minimum(),
				(result.minimum() > 0) ? ratio((double) result.requests() / result.minimum()) + "×" : NONE,
				millis(result.millis()), millis(result.cpuMillis()), (result.runs() > 1) ? "best of " + result.runs() : "1",
				result.recordsPerSecond(), result.peakHeapMb());
	}

	/**
	 * A time in milliseconds: one decimal under 10 ms, whole milliseconds above.
	 */
	static String millis(double millis) {
		return (millis < 10) ? String.format(LOCALE, "%.1f", millis) : String.format(LOCALE, "%,.0f", millis);
	}

	/**
	 * A ratio: two decimals under 10, whole numbers above.
	 */
	static String ratio(double ratio) {
		return (ratio < 10) ? String.format(LOCALE, "%.2f", ratio) : String.format(LOCALE, "%,.0f", ratio);
	}

}
