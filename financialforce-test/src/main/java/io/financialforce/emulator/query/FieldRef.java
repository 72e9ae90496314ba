package io.financialforce.emulator.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

import io.financialforce.emulator.query.QueryDataSource.ObjectRow;
import io.financialforce.soql.FieldPath;
import org.jspecify.annotations.Nullable;

/**
 * A field path resolved against an object: the parent relationships it follows (at most five) and the field it
 * reads. A polymorphic relationship may only be the last one followed; its field is looked up on the parent's
 * actual object, and {@code Type} names that object.
 */
final class FieldRef {

	static final int MAX_PARENT_LEVELS = 5;

	private final QueryDataSource data;

	private final List<FieldInfo> hops;

	private final FieldInfo leaf;

	private final boolean polymorphic;

	private final Map<String, Optional<FieldInfo>> polymorphicFields = new ConcurrentHashMap<>();

	private FieldRef(QueryDataSource data, List<FieldInfo> hops, FieldInfo leaf, boolean polymorphic) {
		this.data = data;
		this.hops = List.copyOf(hops);
		this.leaf = leaf;
		this.polymorphic = polymorphic;
	}

	/**
	 * Resolves a path, dropping a leading alias or object name.
	 * @throws QueryException {@code INVALID_FIELD} for an unknown field or relationship
	 */
	static FieldRef resolve(QueryDataSource data, ObjectInfo root, @Nullable String alias, FieldPath path) {
		List<String> segments = path.segments();
		if (segments.size() > 1) {
			String first = segments.get(0);
			boolean qualifier = (alias != null) ? first.equalsIgnoreCase(alias)
					: first.equalsIgnoreCase(root.name()) && root.parentRelationship(first).isEmpty();
			if (qualifier) {
				segments = segments.subList(1, segments.size());
			}
		}
		if (segments.size() - 1 > MAX_PARENT_LEVELS) {
			throw QueryErrors.malformed("A field path can follow at most " + MAX_PARENT_LEVELS
					+ " levels of parent relationships: " + path.dotted());
		}
		List<FieldInfo> hops = new ArrayList<>();
		List<ObjectInfo> candidates = List.of(root);
		for (String relationship : segments.subList(0, segments.size() - 1)) {
			if (candidates.size() != 1) {
				throw QueryErrors.unknownParentRelationship(relationship);
			}
			FieldInfo reference = candidates.get(0).parentRelationship(relationship)
				.orElseThrow(() -> QueryErrors.unknownParentRelationship(relationship));
			hops.add(reference);
			candidates = reference.referenceTo().stream().map((name) -> object(data, name)).toList();
		}
		String name = segments.get(segments.size() - 1);
		ObjectInfo owner = candidates.get(0);
		if (candidates.size() == 1) {
			FieldInfo leaf = owner.field(name).orElseThrow(() -> QueryErrors.invalidField(name, owner.name()));
			return new FieldRef(data, hops, leaf, false);
		}
		FieldInfo leaf = candidates.stream().flatMap((candidate) -> candidate.field(name).stream()).findFirst()
			.orElseGet(() -> {
				if (!name.equalsIgnoreCase("Type")) {
					throw QueryErrors.invalidField(name, hops.get(hops.size() - 1).relationshipName());
				}
				return new FieldInfo("Type", FieldType.STRING, true, true, true, false, List.of(), null, 0);
			});
		return new FieldRef(data, hops, leaf, true);
	}

	static ObjectInfo object(QueryDataSource data, String name) {
		return data.object(name).orElseThrow(() -> QueryErrors.invalidType(name));
	}

	FieldInfo leaf() {
		return this.leaf;
	}

	FieldType type() {
		return this.leaf.type();
	}

	List<FieldInfo> hops() {
		return this.hops;
	}

	/**
	 * The canonical dotted path: relationship names and field name as described.
	 */
	String canonical() {
		StringBuilder path = new StringBuilder();
		this.hops.forEach((hop) -> path.append(hop.relationshipName()).append('.'));
		return path.append(this.leaf.name()).toString();
	}

	/**
	 * The value at the end of the path, or {@code null} when a parent on the way is missing.
	 */
	@Nullable Object value(Row row) {
		if (this.hops.isEmpty()) {
			return row.value(this.leaf);
		}
		ObjectRow parent = parent(row, this.hops.size());
		return (parent != null) ? readLeaf(parent.object(), parent.row()) : null;
	}

	/**
	 * The parent reached after {@code levels} relationships, or {@code null}.
	 */
	@Nullable ObjectRow parent(Row row, int levels) {
		Row current = row;
		ObjectRow parent = null;
		for (int i = 0; i < levels; i++) {
			Object id = current.value(this.hops.get(i));
			if (!(id instanceof String text) || text.isEmpty()) {
				return null;
			}
			parent = this.data.row(text).orElse(null);
			if (parent == null) {
				return null;
			}
			current = parent.row();
		}
		return parent;
	}

	/**
	 * The field read from the row that owns it (the last parent of the path).
	 */
	@Nullable Object readLeaf(ObjectInfo owner, Row row) {
		if (!this.polymorphic) {
			return row.value(this.leaf);
		}
		String name = this.leaf.name();
		Optional<FieldInfo> field = this.polymorphicFields.computeIfAbsent(owner.name(), (type) -> owner.field(name));
		if (field.isPresent()) {
			return row.value(field.get());
		}
		return name.equalsIgnoreCase("Type") ? owner.name() : null;
	}

}
