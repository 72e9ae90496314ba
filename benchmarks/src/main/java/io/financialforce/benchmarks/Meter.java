package io.financialforce.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs one workload and measures it: requests from the org's counter, wall time, peak heap of this JVM. Short
 * workloads run several times and keep the best time, so that a busy machine's noise weighs less; a workload that
 * takes longer than {@value #LONG_MILLIS} ms runs once.
 */
final class Meter {

	static final int LONG_MILLIS = 2000;

	private final List<Result> results = new ArrayList<>();

	/**
	 * Measures a workload that can simply run again.
	 */
	Result measure(EmulatorProcess org, Library library, int latencyMillis, String workload, long minimum, int runs,
			LongSupplier run) {
		return measure(org, library, latencyMillis, workload, minimum, runs, () -> run);
	}

	/**
	 * Measures a workload that needs something done, unmeasured, before every run (records to delete).
	 * @param runs the most times it runs; it runs once if that takes longer than {@value #LONG_MILLIS} ms
	 * @param prepare called before each run; returns the run to measure
	 */
	Result measure(EmulatorProcess org, Library library, int latencyMillis, String workload, long minimum, int runs,
			Supplier<LongSupplier> prepare) {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		double best = Double.MAX_VALUE;
		double cpu = 0;
		long requests = 0;
		long records = 0;
		double peak = 0;
		int done = 0;
		while (done < runs && (done == 0 || best < LONG_MILLIS)) {
			done++;
			LongSupplier run = prepare.get();
			System.gc();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long before = org.apiUsage();
			double cpuStart = processCpuMillis();
			long start = System.nanoTime();
			records = run.getAsLong();
			best = Math.min(best, (System.nanoTime() - start) / 1_000_000.0);
			cpu += processCpuMillis() - cpuStart;
			requests = Math.max(requests, org.apiUsage() - before - 1);
			peak = Math.max(peak,
					heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0));
		}
		return add(new Result(workload, library, latencyMillis, requests, minimum, best, cpu / done, records, peak,
				done));
	}

	/**
	 * The CPU time this JVM has used so far, all threads included.
	 * @return milliseconds
	 */
	static double processCpuMillis() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000.0;
	}

	Result add(Result result) {
		System.out.println(Report.detailRow(result));
		this.results.add(result);
		return result;
	}

	List<Result> results() {
		return List.copyOf(this.results);
	}

}
