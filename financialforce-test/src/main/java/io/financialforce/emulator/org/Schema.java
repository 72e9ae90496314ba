package io.financialforce.emulator.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The objects of the emulated org, by name and by key prefix, with child relationships wired from the references.
 */
public final class Schema {

	private final Map<String, ObjectDef> objects = new LinkedHashMap<>();

	private final Map<String, ObjectDef> byPrefix = new LinkedHashMap<>();

	/**
	 * Adds an object and wires the child relationships its references declare, and those declared to it.
	 * @param object the object
	 * @throws IllegalArgumentException if the name or key prefix is taken
	 */
	public void add(ObjectDef object) {
		if (this.objects.containsKey(object.name().toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("Object " + object.name() + " is already defined");
		}
		if (this.byPrefix.containsKey(object.keyPrefix())) {
			throw new IllegalArgumentException("Key prefix " + object.keyPrefix() + " of " + object.name()
					+ " is already used by " + this.byPrefix.get(object.keyPrefix()));
		}
		this.objects.put(object.name().toLowerCase(Locale.ROOT), object);
		this.byPrefix.put(object.keyPrefix(), object);
		for (FieldDef field : object.fields()) {
			ObjectDef parent = (field.referenceTo() != null) ? get(field.referenceTo()) : null;
			if (parent != null) {
				parent.addChildRelationship(relationship(object, field));
			}
		}
		for (ObjectDef other : this.objects.values()) {
			if (other == object) {
				continue;
			}
			for (FieldDef field : other.fields()) {
				if (object.name().equalsIgnoreCase(field.referenceTo())) {
					object.addChildRelationship(relationship(other, field));
				}
			}
		}
	}

	private static ObjectDef.ChildRelationship relationship(ObjectDef child, FieldDef field) {
		return new ObjectDef.ChildRelationship(child.name(), field.name(), field.childRelationshipName(),
				field.cascadeDelete());
	}

	/**
	 * An object by name, case-insensitively.
	 * @param name API name
	 * @return the object or null
	 */
	public @Nullable ObjectDef get(String name) {
		return this.objects.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The object whose ids start with a prefix.
	 * @param keyPrefix three characters
	 * @return the object or null
	 */
	public @Nullable ObjectDef byKeyPrefix(String keyPrefix) {
		return this.byPrefix.get(keyPrefix);
	}

	/**
	 * All objects, in definition order.
	 * @return the objects
	 */
	public Collection<ObjectDef> objects() {
		return Collections.unmodifiableCollection(new ArrayList<>(this.objects.values()));
	}

	/**
	 * The object names.
	 * @return names in definition order
	 */
	public List<String> names() {
		return this.objects.values().stream().map(ObjectDef::name).toList();
	}

}
