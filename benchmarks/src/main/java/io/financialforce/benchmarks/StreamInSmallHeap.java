package io.financialforce.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Streams every invoice of an org through one library, page by page, in a JVM started with a small heap
 * ({@code -Xmx64m}), and prints {@code records millis peakHeapMb cpuMillis} on one line.
 */
public final class StreamInSmallHeap {

	private StreamInSmallHeap() {
	}

	/**
	 * Streams the invoices.
	 * @param args the {@link Library} name and the login URL
	 */
	public static void main(String[] args) {
		Library library = Library.valueOf(args[0]);
		String loginUrl = args[1];
		switch (library) {
			case OURS, OURS_PARALLEL -> {
				try (OurLibrary ours = new OurLibrary(loginUrl)) {
					stream(ours);
				}
			}
			case RAW_JACKSON -> stream(new SoqlReads(RawJackson.login(loginUrl)));
			case FORCE_REST_API -> stream(new SoqlReads(new ForceRestApiPeer(loginUrl)));
			case WSC -> stream(new SoqlReads(new WscPeer(loginUrl)));
		}
	}

	private static void stream(Reads reads) {
		double cpuStart = Meter.processCpuMillis();
		long start = System.nanoTime();
		long records = reads.stream();
		double millis = (System.nanoTime() - start) / 1_000_000.0;
		double cpu = Meter.processCpuMillis() - cpuStart;
		double peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((MemoryPoolMXBean pool) -> pool.getPeakUsage().getUsed())
			.sum() / (1024.0 * 1024.0);
		System.out.println(records + " " + millis + " " + peak + " " + cpu);
	}

}
