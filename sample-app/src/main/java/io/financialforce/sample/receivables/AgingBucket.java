package io.financialforce.sample.receivables;

/**
 * How overdue an open invoice is, in the customary 30-day steps.
 */
public enum AgingBucket {

	/** Not yet due (due today or later). */
	CURRENT("Current"),

	/** 1 to 30 days past due. */
	DAYS_1_TO_30("1–30 days"),

	/** 31 to 60 days past due. */
	DAYS_31_TO_60("31–60 days"),

	/** 61 to 90 days past due. */
	DAYS_61_TO_90("61–90 days"),

	/** More than 90 days past due. */
	OVER_90("90+ days");

	private final String label;

	AgingBucket(String label) {
		this.label = label;
	}

	/**
	 * The column heading.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The bucket of an invoice that is a number of days past due.
	 * @param daysPastDue days since the due date; zero or less when not yet due
	 * @return the bucket
	 */
	public static AgingBucket of(long daysPastDue) {
		if (daysPastDue <= 0) {
			return CURRENT;
		}
		if (daysPastDue <= 30) {
			return DAYS_1_TO_30;
		}
		if (daysPastDue <= 60) {
			return DAYS_31_TO_60;
		}
		return (daysPastDue <= 90) ? DAYS_61_TO_90 : OVER_90;
	}

}
