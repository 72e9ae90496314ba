package io.financialforce.benchmarks;

/**
 * Made-up results for the report tests.
 */
final class Results {

	private Results() {
	}

	static Result result(String workload, Library library, int latency, double millis) {
		return result(workload, library, latency, millis, 5, 5);
	}

	static Result result(String workload, Library library, int latency, double millis, long requests, long minimum) {
		return new Result(workload, library, latency, requests, minimum, millis, millis * 1.5, 10_000, 12.4, 3);
	}

}
