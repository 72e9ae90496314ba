package io.financialforce.client;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one record of a query page or a retrieve straight from the JSON stream, so that a page becomes entities
 * without a tree for the whole page.
 *
 * @param <T> what a record becomes
 */
@FunctionalInterface
public interface RecordReader<T> {

	/**
	 * Reads one record.
	 * @param parser positioned at the record's {@code START_OBJECT}; the reader must consume the record up to and
	 * including its {@code END_OBJECT}, and nothing more
	 * @return the record
	 */
	T read(JsonParser parser);

	/**
	 * A reader that returns each record as an {@link ObjectNode} (child subqueries and parent paths stay nested).
	 * @return the reader
	 */
	static RecordReader<ObjectNode> objectNode() {
		return JsonParser::readValueAsTree;
	}

	/**
	 * A reader that binds each record to a type with the client's Jackson mapper.
	 * @param type the type
	 * @param <T> the type
	 * @return the reader
	 */
	static <T> RecordReader<T> of(Class<T> type) {
		return (parser) -> parser.readValueAs(type);
	}

}
