package io.financialforce.benchmarks;

import java.util.List;

import io.financialforce.benchmarks.Target.Verdict;
import org.junit.jupiter.api.Test;

import static io.financialforce.benchmarks.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

class ReportTests {

	@Test
	void comparisonTableHasOneRowPerWorkloadAndLatencyAndRatiosToOurs() {
		List<Result> results = List.of(result("findAll 10k", Library.OURS, 0, 100),
				result("findAll 10k", Library.OURS, 50, 300), result("findAll 10k", Library.RAW_JACKSON, 50, 270),
				result("findAll 10k", Library.WSC, 0, 150), result("saveAll 1k", Library.OURS, 0, 200),
				result("saveAll 1k", Library.FORCE_REST_API, 0, 45_000, 1000, 5),
				result("count", Library.OURS, 0, 4.25), result("count", Library.WSC, 0, 3.4));

		assertThat(Report.comparisonTable(results)).isEqualTo("""
				| workload | latency | financialforce-spring | raw Jackson | force-rest-api 0.0.45 | WSC partner 65.0.0 |
				|---|---|---|---|---|---|
				| findAll 10k | 0 ms | 100 ms | — | — | 150 ms (1.50×) |
				| saveAll 1k | 0 ms | 200 ms | — | 45,000 ms (225×), 1,000 requests | — |
				| count | 0 ms | 4.3 ms | — | — | 3.4 ms (0.80×) |
				| findAll 10k | 50 ms | 300 ms | 270 ms (0.90×) | — | — |
				""");
	}

	@Test
	void comparisonCellsWithoutOursHaveNoRatio() {
		List<Result> results = List.of(result("saveAll 10k", Library.OURS_PARALLEL, 0, 300));

		assertThat(Report.comparisonTable(results)).contains("| saveAll 10k | 0 ms | 300 ms |");
	}

	@Test
	void detailRowShowsRequestsAgainstTheMinimumAndTheRuns() {
		Result result = new Result("saveAll 1k", Library.FORCE_REST_API, 0, 1000, 5, 45_123.4, 4_001, 1000, 19.6,
				1);

		assertThat(Report.detailRow(result))
			.isEqualTo("| saveAll 1k | force-rest-api 0.0.45 | 0 ms | 1,000 | 5 | 200× | 45,123 | 4,001 | 1 | 22 | 20 |");
		assertThat(Report.detailRow(result("count", Library.OURS, 50, 52.6, 1, 1)))
			.isEqualTo("| count | financialforce-spring | 50 ms | 1 | 1 | 1.00× | 53 | 79 | best of 3 | 190,114 | 12 |");
	}

	@Test
	void detailTableHasItsHeaderAndOneRowPerResult() {
		String table = Report.detailTable(List.of(result("count", Library.OURS, 0, 4), result("count", Library.WSC, 0, 5)));

		assertThat(table.lines()).hasSize(4);
		assertThat(table).startsWith(Report.detailHeader());
	}

	@Test
	void timesAndRatiosKeepTheirSignificantDigits() {
		assertThat(Report.millis(4.26)).isEqualTo("4.3");
		assertThat(Report.millis(1234.5)).isEqualTo("1,235");
		assertThat(Report.ratio(0.456)).isEqualTo("0.46");
		assertThat(Report.ratio(225.4)).isEqualTo("225");
	}

	@Test
	void targetsTableMarksEachVerdict() {
		String table = Report.targetsTable(List.of(new Target("a", "1", Verdict.MET), new Target("b", "2", Verdict.MISSED),
				new Target("c", "3", Verdict.NOT_MEASURED)));

		assertThat(table).isEqualTo("""
				| target | measured | met |
				|---|---|---|
				| a | 1 | ✓ |
				| b | 2 | ✗ |
				| c | 3 | — |
				""");
	}

	@Test
	void markdownHasTheFactsTargetsComparisonDetailsAndNotes() {
		String report = Report.markdown(List.of("date: today"),
				List.of(result("count", Library.OURS, 0, 4), result("count", Library.WSC, 0, 5)), List.of("a note"));

		assertThat(report).startsWith("# Benchmark results\n\n- date: today\n")
			.contains("## Targets", "| ahead of WSC partner 65.0.0 on every workload it runs | ahead on 1 of 1 | ✓ |",
					"## Comparison", "| count | 0 ms | 4.0 ms | 5.0 ms (1.25×) |", "## Every measurement",
					"## Notes\n\n- a note\n");
	}

}
