package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.financialforce.emulator.query.QueryDataSource.ObjectRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row into a JSON-ready record: {@code attributes}, then the selected fields in select order; parent paths
 * merged into nested maps (or {@code null}); child subqueries as nested results (or {@code null}).
 */
final class Projection {

	private final String sobjectsUrl;

	private final Node root = new Node();

	/**
	 * @param sobjectsUrl the url prefix of records, e.g. {@code /services/data/v64.0/sobjects/}
	 */
	Projection(String sobjectsUrl) {
		this.sobjectsUrl = sobjectsUrl;
	}

	Node root() {
		return this.root;
	}

	Map<String, Object> record(ObjectInfo object, Row row) {
		return this.root.render(object, row);
	}

	Map<String, Object> attributes(String type, String id) {
		Map<String, Object> attributes = new LinkedHashMap<>(4);
		attributes.put("type", type);
		attributes.put("url", this.sobjectsUrl + type + "/" + id);
		return attributes;
	}

	/** Something written into a record. */
	interface Entry {

		void write(ObjectInfo object, Row row, Map<String, @Nullable Object> record);

	}

	/**
	 * The entries of one object level.
	 */
	final class Node {

		private final List<Entry> entries = new ArrayList<>();

		private final Map<String, Node> parents = new HashMap<>();

		void add(Entry entry) {
			this.entries.add(entry);
		}

		/**
		 * Adds a field read from this level's row, keyed by its name.
		 */
		void field(String key, FieldRef field, Function<@Nullable Object, @Nullable Object> format) {
			add((object, row, record) -> record.put(key, format.apply(field.readLeaf(object, row))));
		}

		/**
		 * The node of a parent relationship, created on first use so that paths through it share one map.
		 */
		Node parent(FieldInfo reference, QueryDataSource data) {
			String key = reference.relationshipName();
			return this.parents.computeIfAbsent(key.toLowerCase(Locale.ROOT), (name) -> {
				Node parent = new Node();
				add((object, row, record) -> record.put(key, parent.renderParent(data, row.value(reference))));
				return parent;
			});
		}

		@Nullable Map<String, Object> renderParent(QueryDataSource data, @Nullable Object id) {
			ObjectRow parent = lookup(data, id);
			return (parent != null) ? render(parent.object(), parent.row()) : null;
		}

		Map<String, Object> render(ObjectInfo object, Row row) {
			Map<String, @Nullable Object> record = new LinkedHashMap<>();
			record.put("attributes", attributes(object.name(), row.id()));
			for (Entry entry : this.entries) {
				entry.write(object, row, record);
			}
			@SuppressWarnings("NullAway")
			Map<String, Object> result = record;
			return result;
		}

	}

	static @Nullable ObjectRow lookup(QueryDataSource data, @Nullable Object id) {
		return (id instanceof String text && !text.isEmpty()) ? data.row(text).orElse(null) : null;
	}

}
