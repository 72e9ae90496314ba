package io.financialforce.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Runs one workload and measures it: requests from the org's counter, wall time, peak heap of this JVM.
 */
final class Meter {

	private final List<Result> results = new ArrayList<>();

	Result measure(EmulatorProcess org, int latencyMillis, String workload, String library, long minimum,
			LongSupplier run) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = org.apiUsage();
		long start = System.nanoTime();
		long records = run.getAsLong();
		double millis = (System.nanoTime() - start) / 1_000_000.0;
		long requests = org.apiUsage() - before - 1;
		double peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
		Result result = new Result(workload, library, latencyMillis, requests, minimum, millis, records, peak);
		System.out.println(result.row());
		this.results.add(result);
		return result;
	}

	void add(Result result) {
		System.out.println(result.row());
		this.results.add(result);
	}

	List<Result> results() {
		return List.copyOf(this.results);
	}

}
