package io.financialforce.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * One page of a query answer, read as a stream: {@code totalSize}, {@code done} and {@code nextRecordsUrl} in any
 * order, each record handed to a {@link RecordReader} as it comes.
 *
 * @param totalSize the query's total number of rows
 * @param done whether this is the last page
 * @param nextRecordsUrl the path of the next page, {@literal null} on the last
 * @param records the page's records
 * @param <T> what a record becomes
 */
record QueryPage<T>(long totalSize, boolean done, @Nullable String nextRecordsUrl, List<T> records) {

	static <T> QueryPage<T> read(JsonParser parser, RecordReader<T> reader) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new StreamReadException(parser, "A query answer must be a JSON object");
		}
		long totalSize = -1;
		boolean done = true;
		String next = null;
		List<T> records = new ArrayList<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "totalSize" -> totalSize = parser.getValueAsLong();
				case "done" -> done = parser.getValueAsBoolean();
				case "nextRecordsUrl" -> next = (value == JsonToken.VALUE_NULL) ? null : parser.getString();
				case "records" -> readRecords(parser, reader, records);
				default -> parser.skipChildren();
			}
		}
		if (parser.currentToken() != JsonToken.END_OBJECT) {
			throw new StreamReadException(parser, "The query answer ended early");
		}
		if (totalSize < 0) {
			throw new StreamReadException(parser, "The query answer has no totalSize");
		}
		if (!done && next == null) {
			throw new StreamReadException(parser, "The query answer is not done but has no nextRecordsUrl");
		}
		return new QueryPage<>(totalSize, done, done ? null : next, records);
	}

	private static <T> void readRecords(JsonParser parser, RecordReader<T> reader, List<T> records) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return;
		}
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new StreamReadException(parser, "'records' must be an array");
		}
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
			records.add(reader.read(parser));
			if (parser.currentToken() != JsonToken.END_OBJECT) {
				throw new IllegalStateException("The RecordReader must consume the record up to its END_OBJECT");
			}
		}
		if (token != JsonToken.END_ARRAY) {
			throw new StreamReadException(parser, "'records' holds something other than objects");
		}
	}

}
