package io.financialforce.benchmarks;

import java.util.Locale;

/**
 * One measured run of one workload by one library.
 *
 * @param workload what was done
 * @param library who did it
 * @param latencyMillis the latency the emulator added to every request
 * @param requests the API requests the org counted
 * @param minimum the fewest requests the API allows for the workload
 * @param millis wall time
 * @param records records read or written
 * @param peakHeapMb the most heap in use while it ran
 */
record Result(String workload, String library, int latencyMillis, long requests, long minimum, double millis,
		long records, double peakHeapMb) {

	String row() {
		double perSecond = (this.millis > 0) ? this.records * 1000.0 / this.millis : 0;
		return String.format(Locale.ROOT, "| %s | %s | %d ms | %d | %d | %s | %.0f | %,.0f | %.0f |", this.workload,
				this.library, this.latencyMillis, this.requests, this.minimum,
				(this.minimum > 0) ? String.format(Locale.ROOT, "%.2f×", (double) this.requests / this.minimum) : "-",
				this.millis, perSecond, this.peakHeapMb);
	}

	static String header() {
		return "| workload | library | latency | requests | minimum | requests / minimum | time (ms) | records/s | peak heap (MB) |\n"
				+ "|---|---|---|---|---|---|---|---|---|";
	}

}
