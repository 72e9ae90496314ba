package io.financialforce.emulator.org;

import java.util.List;

/**
 * An upsert or read by external id that matched several records (HTTP 300).
 */
public final class AmbiguousExternalIdException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<RecordRef> matches;

	/**
	 * Several matches.
	 * @param matches the matching records
	 */
	public AmbiguousExternalIdException(List<RecordRef> matches) {
		super(matches.size() + " records match the external id", null, false, false);
		this.matches = List.copyOf(matches);
	}

	/**
	 * The matching records.
	 * @return the records
	 */
	public List<RecordRef> matches() {
		return this.matches;
	}

}
