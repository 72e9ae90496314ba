package io.financialforce.benchmarks;

/**
 * Who runs a workload, in the order of the columns of the comparison table.
 */
enum Library {

	/** This library with its defaults: one call at a time. */
	OURS("financialforce-spring"),

	/** This library with a batch executor: {@value OurLibrary#PARALLEL_CALLS} collection calls at a time. */
	OURS_PARALLEL("financialforce-spring, " + OurLibrary.PARALLEL_CALLS + " parallel calls"),

	/** The same HTTP bytes parsed by a plain Jackson streaming parser: the CPU floor of reading. */
	RAW_JACKSON("raw Jackson"),

	/** {@code com.frejo:force-rest-api} 0.0.45. */
	FORCE_REST_API("force-rest-api 0.0.45"),

	/** Salesforce's WSC partner API 65.0.0, over SOAP. */
	WSC("WSC partner 65.0.0");

	private final String label;

	Library(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/**
	 * Whether this is another Java library the targets want us ahead of.
	 * @return {@code true} for force-rest-api and WSC
	 */
	boolean isPeer() {
		return this == FORCE_REST_API || this == WSC;
	}

}
