package io.financialforce.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Streams every invoice of an org through one library in a child JVM with {@code -Xmx64m}
 * ({@link StreamInSmallHeap}) and records the result.
 */
final class SmallHeapStream {

	private SmallHeapStream() {
	}

	/**
	 * Runs the stream and adds its result to the meter.
	 * @return a note if the library could not stream the org in that heap
	 */
	static Optional<String> run(Meter meter, EmulatorProcess org, Library library, int rows) throws IOException {
		long before = org.apiUsage();
		Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
				"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
				StreamInSmallHeap.class.getName(), library.name(), org.loginUrl())
			.redirectErrorStream(true)
			.start();
		String last = null;
		StringBuilder output = new StringBuilder();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				last = line;
				if (output.length() < 2000) {
					output.append(line).append(' ');
				}
			}
		}
		long requests = org.apiUsage() - before - 1;
		String[] parts = (last != null) ? last.trim().split(" ") : new String[0];
		String workload = "stream " + Workloads.thousands(rows) + " (-Xmx64m JVM)";
		if (parts.length != 4 || !parts[0].matches("\\d+")) {
			String failure = library.label() + " could not run \"" + workload + "\": " + output.toString().trim();
			System.out.println(failure);
			return Optional.of(failure);
		}
		meter.add(new Result(workload, library, 0, requests, Workloads.pages(rows), Double.parseDouble(parts[1]),
				Double.parseDouble(parts[3]), Long.parseLong(parts[0]), Double.parseDouble(parts[2]), 1));
		return Optional.empty();
	}

}
