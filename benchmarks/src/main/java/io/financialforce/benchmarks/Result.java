package io.financialforce.benchmarks;

/**
 * One measured workload by one library at one latency: the best of {@code runs} runs after warm-up.
 *
 * @param workload what was done, such as {@code findAll 10k}
 * @param library who did it
 * @param latencyMillis the latency the emulator added to every request
 * @param requests the API requests the org counted (the most of any run)
 * @param minimum the fewest requests the API allows for the workload
 * @param millis wall time of the fastest run
 * @param cpuMillis CPU time of the client JVM (all its threads, garbage collection included), the mean of its runs
 * @param records records read or written
 * @param peakHeapMb the most heap in use while it ran (the most of any run)
 * @param runs how many times it ran; the time is the best of them
 */
record Result(String workload, Library library, int latencyMillis, long requests, long minimum, double millis,
		double cpuMillis, long records, double peakHeapMb, int runs) {

	double recordsPerSecond() {
		return (this.millis > 0) ? this.records * 1000.0 / this.millis : 0;
	}

	/**
	 * Whether this is the same workload at the same latency as another result, whoever ran it.
	 * @param other the other result
	 * @return {@code true} if the two can be compared
	 */
	boolean sameWorkAs(Result other) {
		return this.workload.equals(other.workload) && this.latencyMillis == other.latencyMillis;
	}

}
