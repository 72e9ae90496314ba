package io.financialforce.client;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * One page of a query answer, read as a stream: {@code totalSize}, {@code done} and {@code nextRecordsUrl} in any
 * order, each record handed to a {@link RecordReader} as it comes.
 * <p>
 * A record the reader fails on ends the page: the records before it are kept and the failure is thrown when
 * iteration reaches it ({@link #failure()}), so that it surfaces at the right record even when the page was
 * prefetched. Malformed JSON fails the whole page, so that the transport can fetch it again.
 *
 * @param totalSize the query's total number of rows
 * @param done whether this is the last page
 * @param nextRecordsUrl the path of the next page, {@literal null} on the last
 * @param records the page's records
 * @param failure what the record after the last one read failed with, or {@literal null}
 * @param <T> what a record becomes
 */
record QueryPage<T>(long totalSize, boolean done, @Nullable String nextRecordsUrl, List<T> records,
		@Nullable RuntimeException failure) {

	/** Follows the reading of a page: told its {@code nextRecordsUrl} early, asked whether to stop. */
	interface Progress {

		/** Reads on to the end, telling nobody. */
		Progress NONE = new Progress() {
		};

		/**
		 * Called once the page's head says there is a next page, before its records are read (when the answer has
		 * the order of the API: {@code totalSize}, {@code done}, {@code nextRecordsUrl}, {@code records}).
		 * @param nextRecordsUrl the path of the next page
		 */
		default void nextRecordsUrl(String nextRecordsUrl) {
		}

		/**
		 * Called when the answer's body starts to be read, so that closing the cursor can close it from another
		 * thread: that ends a read blocked on the network, which an interrupt does not (the JDK client ignores it).
		 * @param body the body
		 */
		default void reading(Closeable body) {
		}

		/**
		 * Called when the body given to {@link #reading(Closeable)} is no longer read.
		 * @param body the body
		 */
		default void finished(Closeable body) {
		}

		/**
		 * Whether the cursor reading the page was closed; checked before each record.
		 * @return {@code true} to stop reading
		 */
		default boolean cancelled() {
			return false;
		}

	}

	static <T> QueryPage<T> read(JsonParser parser, RecordReader<T> reader) {
		return read(parser, reader, Progress.NONE);
	}

	static <T> QueryPage<T> read(JsonParser parser, RecordReader<T> reader, Progress progress) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new StreamReadException(parser, "A query answer must be a JSON object");
		}
		long totalSize = -1;
		Boolean done = null;
		String next = null;
		List<T> records = new ArrayList<>();
		RuntimeException failure = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "totalSize" -> totalSize = parser.getValueAsLong();
				case "done" -> done = parser.getValueAsBoolean();
				case "nextRecordsUrl" -> next = (value == JsonToken.VALUE_NULL) ? null : parser.getString();
				case "records" -> {
					if (Boolean.FALSE.equals(done) && next != null && totalSize >= 0) {
						progress.nextRecordsUrl(next);
					}
					failure = readRecords(parser, reader, records, progress);
					if (failure != null) {
						return new QueryPage<>(Math.max(totalSize, 0), true, null, records, failure);
					}
				}
				default -> parser.skipChildren();
			}
		}
		if (parser.currentToken() != JsonToken.END_OBJECT) {
			throw new StreamReadException(parser, "The query answer ended early");
		}
		if (totalSize < 0) {
			throw new StreamReadException(parser, "The query answer has no totalSize");
		}
		boolean last = done == null || done;
		if (!last && next == null) {
			throw new StreamReadException(parser, "The query answer is not done but has no nextRecordsUrl");
		}
		return new QueryPage<>(totalSize, last, last ? null : next, records, null);
	}

	private static <T> @Nullable RuntimeException readRecords(JsonParser parser, RecordReader<T> reader,
			List<T> records, Progress progress) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new StreamReadException(parser, "'records' must be an array");
		}
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
			if (progress.cancelled()) {
				throw new CancellationException("The query cursor was closed");
			}
			try {
				records.add(reader.read(parser));
			}
			catch (JacksonException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				return ex;
			}
			if (parser.currentToken() != JsonToken.END_OBJECT) {
				throw new IllegalStateException("The RecordReader must consume the record up to its END_OBJECT");
			}
		}
		if (token != JsonToken.END_ARRAY) {
			throw new StreamReadException(parser, "'records' holds something other than objects");
		}
		return null;
	}

}
