package io.financialforce.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Streams every invoice of an org through the template in a JVM started with a small heap ({@code -Xmx64m}), and
 * prints {@code records millis peakHeapMb} on one line.
 */
public final class StreamInSmallHeap {

	private StreamInSmallHeap() {
	}

	/**
	 * Streams the invoices.
	 * @param args the login URL
	 */
	public static void main(String[] args) {
		try (OurLibrary library = new OurLibrary(args[0])) {
			long start = System.nanoTime();
			long records = library.stream();
			double millis = (System.nanoTime() - start) / 1_000_000.0;
			double peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.mapToLong((MemoryPoolMXBean pool) -> pool.getPeakUsage().getUsed())
				.sum() / (1024.0 * 1024.0);
			System.out.println(records + " " + millis + " " + peak);
		}
	}

}
