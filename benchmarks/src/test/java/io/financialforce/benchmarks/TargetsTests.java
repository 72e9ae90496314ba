package io.financialforce.benchmarks;

import java.util.List;

import io.financialforce.benchmarks.Target.Verdict;
import org.junit.jupiter.api.Test;

import static io.financialforce.benchmarks.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

class TargetsTests {

	@Test
	void requestsAtTheMinimumOnEveryRowOfOursIsMet() {
		Target target = Targets.minimumRequests(List.of(result("findAll 10k", Library.OURS, 0, 100),
				result("saveAll 10k", Library.OURS_PARALLEL, 50, 300, 50, 50),
				result("saveAll 1k", Library.FORCE_REST_API, 0, 9000, 1000, 5)));

		assertThat(target.verdict()).isEqualTo(Verdict.MET);
		assertThat(target.measured()).isEqualTo("2 of 2 rows at the minimum");
	}

	@Test
	void rowOfOursOverTheMinimumMissesAndIsNamed() {
		Target target = Targets.minimumRequests(List.of(result("findAll 10k", Library.OURS, 0, 100),
				result("count", Library.OURS, 50, 60, 2, 1)));

		assertThat(target.verdict()).isEqualTo(Verdict.MISSED);
		assertThat(target.measured()).isEqualTo("1 of 2 rows at the minimum; over: count (50 ms): 2 for 1");
	}

	@Test
	void rawFloorIsTakenOnTheLargestFindAllWithoutLatency() {
		Target target = Targets.rawFloor(List.of(result("findAll 10k", Library.OURS, 0, 100),
				result("findAll 10k", Library.RAW_JACKSON, 0, 90),
				new Result("findAll 100k", Library.OURS, 0, 50, 50, 1000, 1600, 100_000, 80, 3),
				new Result("findAll 100k", Library.RAW_JACKSON, 0, 50, 50, 700, 400, 100_000, 20, 3),
				result("findAll 10k", Library.OURS, 50, 10_000), result("findAll 10k", Library.RAW_JACKSON, 50, 10)));

		assertThat(target.verdict()).isEqualTo(Verdict.MISSED);
		assertThat(target.measured()).isEqualTo("findAll 100k: 1.43× (1,000 ms vs 700 ms); client CPU 4.00× (1,600 ms vs 400 ms)");
	}

	@Test
	void rawFloorWithinTheRatioIsMet() {
		Target target = Targets.rawFloor(List.of(result("findAll 10k", Library.OURS, 0, 120),
				result("findAll 10k", Library.RAW_JACKSON, 0, 100)));

		assertThat(target.verdict()).isEqualTo(Verdict.MET);
		assertThat(target.measured()).isEqualTo("findAll 10k: 1.20× (120 ms vs 100 ms); client CPU 1.20× (180 ms vs 150 ms)");
	}

	@Test
	void findAllWithLatencyIsComparedWithPagesTimesLatency() {
		Target met = Targets.pagesTimesLatency(List.of(result("findAll 10k", Library.OURS, 0, 100),
				result("findAll 10k", Library.OURS, 50, 270), result("findAll 10k", Library.RAW_JACKSON, 50, 260)));
		Target missed = Targets.pagesTimesLatency(List.of(result("findAll 10k", Library.OURS, 50, 300)));

		assertThat(met.verdict()).isEqualTo(Verdict.MET);
		assertThat(met.measured()).isEqualTo("270 ms = 1.08 × 5 pages × 50 ms (raw Jackson: 1.04×)");
		assertThat(missed.verdict()).isEqualTo(Verdict.MISSED);
		assertThat(missed.measured()).isEqualTo("300 ms = 1.20 × 5 pages × 50 ms");
	}

	@Test
	void parallelWritesWithLatencyAreComparedWithSequentialOnes() {
		List<Target> targets = Targets.parallelWrites(List.of(result("saveAll 10k", Library.OURS, 0, 900),
				result("saveAll 10k", Library.OURS_PARALLEL, 0, 800), result("saveAll 10k", Library.OURS, 50, 3000),
				result("saveAll 10k", Library.OURS_PARALLEL, 50, 810),
				result("updateAll 10k", Library.OURS, 50, 3000),
				result("updateAll 10k", Library.OURS_PARALLEL, 50, 1000),
				result("findAll 10k", Library.OURS_PARALLEL, 50, 10)));

		assertThat(targets).extracting(Target::goal)
			.containsExactly("saveAll 10k at 50 ms: 8 parallel calls ≤ 0.3× sequential",
					"updateAll 10k at 50 ms: 8 parallel calls ≤ 0.3× sequential");
		assertThat(targets).extracting(Target::measured)
			.containsExactly("0.27× (810 ms vs 3,000 ms)", "0.33× (1,000 ms vs 3,000 ms)");
		assertThat(targets).extracting(Target::verdict).containsExactly(Verdict.MET, Verdict.MISSED);
	}

	@Test
	void peerAheadOnAnyWorkloadMissesAndNamesIt() {
		Target target = Targets.aheadOf(Library.WSC,
				List.of(result("findAll 10k", Library.OURS, 50, 100), result("findAll 10k", Library.WSC, 50, 150),
						result("count", Library.OURS, 0, 10), result("count", Library.WSC, 0, 5),
						result("count", Library.FORCE_REST_API, 0, 1)));

		assertThat(target.verdict()).isEqualTo(Verdict.MISSED);
		assertThat(target.measured()).isEqualTo("ahead on 1 of 2; behind (our time ÷ theirs) on count (0 ms) 2.00×");
	}

	@Test
	void aheadOfPeerOnEveryWorkloadIsMet() {
		Target target = Targets.aheadOf(Library.FORCE_REST_API, List.of(result("count", Library.OURS, 0, 4),
				result("count", Library.FORCE_REST_API, 0, 5), result("count", Library.WSC, 0, 1)));

		assertThat(target.verdict()).isEqualTo(Verdict.MET);
		assertThat(target.measured()).isEqualTo("ahead on 1 of 1");
	}

	@Test
	void targetsWithoutTheirMeasurementsAreNotMeasured() {
		assertThat(Targets.of(List.of())).extracting(Target::verdict).containsOnly(Verdict.NOT_MEASURED).hasSize(6);
	}

}
