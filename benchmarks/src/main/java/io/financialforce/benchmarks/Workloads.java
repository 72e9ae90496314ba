package io.financialforce.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The workloads on one org, measured for any library through {@link Reads} and {@link Writes}. Records that a run
 * needs beforehand (accounts to delete) are made, unmeasured, by this library's parallel writes.
 */
final class Workloads {

	/** How many times a read runs; its time is the best of them. */
	static final int READ_RUNS = 5;

	/** How many times a write runs; its time is the best of them. */
	static final int WRITE_RUNS = 3;

	private final Meter meter;

	private final EmulatorProcess org;

	private final int scale;

	private final int latency;

	private final Writes helper;

	private final String firstId;

	private final int windowPosition;

	private final String windowAfter;

	Workloads(Meter meter, EmulatorProcess org, int scale, int latency, OurLibrary ours) {
		this.meter = meter;
		this.org = org;
		this.scale = scale;
		this.latency = latency;
		this.helper = ours.writes(true);
		this.firstId = ours.idAt(0);
		this.windowPosition = Math.min(10_000, scale - 200);
		this.windowAfter = ours.idAt(this.windowPosition);
	}

	/**
	 * Runs every read once, unmeasured, so that the figures are of compiled code and open connections.
	 */
	void warmUp(Reads reads) {
		reads.findAll(10_000);
		reads.findByNamePrefix(namePrefix());
		reads.count();
		reads.exists();
		reads.findById(this.firstId);
		reads.pageAt(1500, 100);
		reads.windowAfter(this.windowAfter, 100);
	}

	/**
	 * Measures every read: {@code findAll} of 10k (and of the whole org, without latency), a derived query of 1%,
	 * {@code count}, {@code exists}, {@code findById}, a page at offset 1,500 and a keyset window.
	 */
	void reads(Library library, Reads reads) {
		measure(library, "findAll 10k", pages(10_000), () -> reads.findAll(10_000));
		if (this.scale > 10_000 && this.latency == 0) {
			measure(library, "findAll " + thousands(this.scale), pages(this.scale), reads::findAll);
		}
		String prefix = namePrefix();
		measure(library, "derived query, 1% of " + thousands(this.scale), pages(this.scale / 100),
				() -> reads.findByNamePrefix(prefix));
		measure(library, "count", 1, reads::count);
		measure(library, "exists", 1, reads::exists);
		measure(library, "findById", 1, () -> reads.findById(this.firstId));
		measure(library, "page at offset 1,500", 1, () -> reads.pageAt(1500, 100));
		measure(library, String.format(Locale.ROOT, "window past %,d (keyset)", this.windowPosition), 1,
				() -> reads.windowAfter(this.windowAfter, 100));
	}

	/**
	 * Measures {@code saveAll}, {@code updateAll} and {@code deleteAll} of {@code count} accounts.
	 * @param runs how many times each runs, its time being the best
	 */
	void writes(Library library, Writes writes, int count, int runs) {
		String size = thousands(count);
		long minimum = (count + 199) / 200;
		List<List<String>> saved = new ArrayList<>();
		this.meter.measure(this.org, library, this.latency, "saveAll " + size, minimum, runs, () -> () -> {
			saved.add(writes.insertAll(count, library.name() + " "));
			return count;
		});
		List<String> ids = saved.get(saved.size() - 1);
		measure(library, "updateAll " + size, minimum, runs, () -> writes.updateAll(ids));
		saved.remove(saved.size() - 1);
		saved.forEach(this.helper::deleteAll);
		List<List<String>> toDelete = new ArrayList<>(List.of(ids));
		this.meter.measure(this.org, library, this.latency, "deleteAll " + size, minimum, runs, () -> {
			List<String> next = toDelete.isEmpty() ? this.helper.insertAll(count, "To delete ") : toDelete.remove(0);
			return () -> writes.deleteAll(next);
		});
	}

	private void measure(Library library, String workload, long minimum, LongSupplier run) {
		measure(library, workload, minimum, READ_RUNS, run);
	}

	private void measure(Library library, String workload, long minimum, int runs,
			LongSupplier run) {
		this.meter.measure(this.org, library, this.latency, workload, minimum, runs, run);
	}

	/**
	 * The invoice name prefix that matches 1% of the org: names run from {@code SIN000001} up.
	 */
	private String namePrefix() {
		return (this.scale >= 100_000) ? "SIN001" : "SIN0001";
	}

	static long pages(long rows) {
		return Math.max(1, (rows + 1999) / 2000);
	}

	static String thousands(int count) {
		return (count >= 1000 && count < 1_000_000 && count % 1000 == 0) ? count / 1000 + "k" : String.format(Locale.ROOT, "%,d", count);
	}

}
