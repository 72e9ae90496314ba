package io.financialforce.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.financialforce.benchmarks.Target.Verdict;

/**
 * Computes the targets of issue 10 from the results of a run.
 */
final class Targets {

	static final double RAW_FLOOR_RATIO = 1.3;

	static final double PAGES_TIMES_LATENCY_RATIO = 1.1;

	static final double PARALLEL_WRITE_RATIO = 0.3;

	private static final List<String> WRITES = List.of("saveAll ", "updateAll ", "deleteAll ");

	private Targets() {
	}

	static List<Target> of(List<Result> results) {
		List<Target> targets = new ArrayList<>();
		targets.add(minimumRequests(results));
		targets.add(rawFloor(results));
		targets.add(pagesTimesLatency(results));
		targets.addAll(parallelWrites(results));
		targets.add(aheadOf(Library.FORCE_REST_API, results));
		targets.add(aheadOf(Library.WSC, results));
		return targets;
	}

	static Target minimumRequests(List<Result> results) {
		List<Result> ours = results.stream().filter((result) -> isOurs(result.library())).toList();
		List<String> over = ours.stream()
			.filter((result) -> result.requests() > result.minimum())
			.map((result) -> String.format(Report.LOCALE, "%s (%s): %,d for %,d", result.workload(), latency(result),
					result.requests(), result.minimum()))
			.toList();
		String goal = "API requests = the minimum on every row of ours";
		if (ours.isEmpty()) {
			return new Target(goal, "no rows of ours", Verdict.NOT_MEASURED);
		}
		String measured = (ours.size() - over.size()) + " of " + ours.size() + " rows at the minimum"
				+ (over.isEmpty() ? "" : "; over: " + String.join(", ", over));
		return new Target(goal, measured, Verdict.of(over.isEmpty()));
	}

	static Target rawFloor(List<Result> results) {
		String goal = "reading the most invoices at 0 ms ≤ " + RAW_FLOOR_RATIO + "× raw Jackson";
		Optional<Result> ours = results.stream()
			.filter((result) -> result.library() == Library.OURS && result.latencyMillis() == 0
					&& result.workload().startsWith("findAll ")
					&& find(results, Library.RAW_JACKSON, result).isPresent())
			.max(Comparator.comparingLong(Result::records));
		if (ours.isEmpty()) {
			return new Target(goal, "findAll was not run by both at 0 ms", Verdict.NOT_MEASURED);
		}
		Result raw = find(results, Library.RAW_JACKSON, ours.get()).orElseThrow();
		double ratio = ours.get().millis() / raw.millis();
		return new Target(goal,
				String.format(Report.LOCALE, "%s: %s× (%s ms vs %s ms); client CPU %s× (%s ms vs %s ms)",
						ours.get().workload(), Report.ratio(ratio), Report.millis(ours.get().millis()),
						Report.millis(raw.millis()), Report.ratio(ours.get().cpuMillis() / raw.cpuMillis()),
						Report.millis(ours.get().cpuMillis()), Report.millis(raw.cpuMillis())),
				Verdict.of(ratio <= RAW_FLOOR_RATIO));
	}

	static Target pagesTimesLatency(List<Result> results) {
		String goal = "findAll 10k at 50 ms ≤ " + PAGES_TIMES_LATENCY_RATIO + " × pages × latency";
		Optional<Result> ours = results.stream()
			.filter((result) -> result.library() == Library.OURS && result.latencyMillis() > 0
					&& result.workload().equals("findAll 10k"))
			.findFirst();
		if (ours.isEmpty()) {
			return new Target(goal, "findAll 10k was not run with latency", Verdict.NOT_MEASURED);
		}
		Result result = ours.get();
		double floor = (double) result.minimum() * result.latencyMillis();
		double ratio = result.millis() / floor;
		String raw = find(results, Library.RAW_JACKSON, result)
			.map((floorResult) -> " (raw Jackson: " + Report.ratio(floorResult.millis() / floor) + "×)")
			.orElse("");
		return new Target(goal, String.format(Report.LOCALE, "%s ms = %s × %d pages × %d ms%s",
				Report.millis(result.millis()), Report.ratio(ratio), result.minimum(), result.latencyMillis(), raw),
				Verdict.of(ratio <= PAGES_TIMES_LATENCY_RATIO));
	}

	static List<Target> parallelWrites(List<Result> results) {
		List<Target> targets = results.stream()
			.filter((result) -> result.library() == Library.OURS_PARALLEL && result.latencyMillis() > 0
					&& WRITES.stream().anyMatch(result.workload()::startsWith))
			.flatMap((parallel) -> find(results, Library.OURS, parallel).stream().map((sequential) -> {
				double ratio = parallel.millis() / sequential.millis();
				return new Target(
						String.format(Report.LOCALE, "%s at %s: %d parallel calls ≤ %s× sequential", parallel.workload(),
								latency(parallel), OurLibrary.PARALLEL_CALLS, PARALLEL_WRITE_RATIO),
						String.format(Report.LOCALE, "%s× (%s ms vs %s ms)", Report.ratio(ratio),
								Report.millis(parallel.millis()), Report.millis(sequential.millis())),
						Verdict.of(ratio <= PARALLEL_WRITE_RATIO));
			}))
			.toList();
		if (targets.isEmpty()) {
			return List.of(new Target("writing at 50 ms: parallel ≤ " + PARALLEL_WRITE_RATIO + "× sequential",
					"no write was run both ways with latency", Verdict.NOT_MEASURED));
		}
		return targets;
	}

	static Target aheadOf(Library peer, List<Result> results) {
		String goal = "ahead of " + peer.label() + " on every workload it runs";
		List<Result[]> pairs = results.stream()
			.filter((result) -> result.library() == peer)
			.flatMap((theirs) -> find(results, Library.OURS, theirs).stream().map((ours) -> new Result[] { ours, theirs }))
			.toList();
		if (pairs.isEmpty()) {
			return new Target(goal, "no workload run by both", Verdict.NOT_MEASURED);
		}
		List<String> behind = pairs.stream()
			.filter((pair) -> pair[0].millis() >= pair[1].millis())
			.map((pair) -> String.format(Report.LOCALE, "%s (%s) %s×", pair[0].workload(), latency(pair[0]),
					Report.ratio(pair[0].millis() / pair[1].millis())))
			.toList();
		String measured = "ahead on " + (pairs.size() - behind.size()) + " of " + pairs.size()
				+ (behind.isEmpty() ? "" : "; behind (our time ÷ theirs) on " + String.join(", ", behind));
		return new Target(goal, measured, Verdict.of(behind.isEmpty()));
	}

	/**
	 * The result of a library for the same work as another result.
	 */
	static Optional<Result> find(List<Result> results, Library library, Result work) {
		return results.stream()
			.filter((result) -> result.library() == library && result.sameWorkAs(work))
			.findFirst();
	}

	private static boolean isOurs(Library library) {
		return Stream.of(Library.OURS, Library.OURS_PARALLEL).anyMatch(library::equals);
	}

	private static String latency(Result result) {
		return result.latencyMillis() + " ms";
	}

}
