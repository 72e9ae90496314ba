package io.financialforce.benchmarks;

/**
 * One target of issue 10 and where the measurements stand against it.
 *
 * @param goal what is aimed at
 * @param measured what was measured, with the figures the verdict rests on
 * @param verdict whether it is met
 */
record Target(String goal, String measured, Verdict verdict) {

	/** Whether a target is met. */
	enum Verdict {

		/** The measurements meet it. */
		MET("✓"),

		/** The measurements miss it. */
		MISSED("✗"),

		/** This run did not measure what the target needs. */
		NOT_MEASURED("—");

		private final String mark;

		Verdict(String mark) {
			this.mark = mark;
		}

		String mark() {
			return this.mark;
		}

		static Verdict of(boolean met) {
			return met ? MET : MISSED;
		}

	}

}
