package io.financialforce.autoconfigure.observation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the elements of the top-level {@code "records"} array of a JSON answer as its bytes stream through, without
 * buffering or parsing it (query pages may hold 2,000 records).
 */
final class RecordCounter extends FilterInputStream {

	private static final byte[] RECORDS = { 'r', 'e', 'c', 'o', 'r', 'd', 's' };

	private int depth;

	private boolean inString;

	private boolean escaped;

	/** Matched prefix of "records" in the current top-level string, -1 if it cannot match. */
	private int matched;

	private boolean lastStringWasRecords;

	private boolean keyIsRecords;

	private boolean inRecords;

	private long count;

	RecordCounter(InputStream in) {
		super(in);
	}

	long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			accept((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = 0; i < read; i++) {
			accept(buffer[offset + i]);
		}
		return read;
	}

	private void accept(byte b) {
		if (this.inString) {
			if (this.escaped) {
				this.escaped = false;
				this.matched = -1;
			}
			else if (b == '\\') {
				this.escaped = true;
			}
			else if (b == '"') {
				this.inString = false;
				this.lastStringWasRecords = this.matched == RECORDS.length;
			}
			else if (this.matched >= 0) {
				this.matched = (this.matched < RECORDS.length && RECORDS[this.matched] == b) ? this.matched + 1 : -1;
			}
			return;
		}
		switch (b) {
			case '"' -> {
				this.inString = true;
				this.matched = (this.depth == 1) ? 0 : -1;
			}
			case ':' -> this.keyIsRecords = this.depth == 1 && this.lastStringWasRecords;
			case ',' -> this.keyIsRecords = false;
			case '[', '{' -> {
				if (b == '[' && this.depth == 1 && this.keyIsRecords) {
					this.inRecords = true;
				}
				else if (this.inRecords && this.depth == 2) {
					this.count++;
				}
				this.depth++;
			}
			case ']', '}' -> {
				this.depth--;
				if (this.depth == 1) {
					this.inRecords = false;
				}
			}
			default -> {
			}
		}
	}

}
