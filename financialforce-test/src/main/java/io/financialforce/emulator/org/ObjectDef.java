package io.financialforce.emulator.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The metadata of one sObject type: its fields in describe order, the store slots of the stored ones, and the child
 * relationships other objects declare to it.
 */
public final class ObjectDef {

	private final String name;

	private final String label;

	private final String labelPlural;

	private final String keyPrefix;

	private final @Nullable String autoNumberFormat;

	private final List<FieldDef> fields;

	private final Map<String, FieldDef> fieldsByKey = new LinkedHashMap<>();

	private final Map<String, Integer> slots = new LinkedHashMap<>();

	private final Map<String, FieldDef> fieldsByName = new java.util.HashMap<>();

	private final Map<FieldDef, Integer> slotsByField = new java.util.IdentityHashMap<>();

	private final List<ChildRelationship> childRelationships = new ArrayList<>();

	private final List<ValidationRule> validationRules;

	ObjectDef(String name, String label, String labelPlural, String keyPrefix, @Nullable String autoNumberFormat,
			List<FieldDef> fields, List<ValidationRule> validationRules) {
		this.validationRules = List.copyOf(validationRules);
		this.name = name;
		this.label = label;
		this.labelPlural = labelPlural;
		this.keyPrefix = keyPrefix;
		this.autoNumberFormat = autoNumberFormat;
		this.fields = List.copyOf(fields);
		for (FieldDef field : this.fields) {
			if (this.fieldsByKey.put(field.key(), field) != null) {
				throw new IllegalArgumentException("Field " + field.name() + " is defined twice on " + name);
			}
			this.fieldsByName.put(field.name(), field);
			if (field.type() != FieldType.ID && field.formula() == null) {
				this.slotsByField.put(field, this.slots.size());
				this.slots.put(field.key(), this.slots.size());
			}
		}
	}

	/**
	 * Starts the definition of an object.
	 * @param name API name, e.g. {@code c2g__codaInvoice__c}
	 * @param label singular label
	 * @param labelPlural plural label
	 * @param keyPrefix the three-character id prefix
	 * @return a builder
	 */
	public static ObjectDefBuilder builder(String name, String label, String labelPlural, String keyPrefix) {
		return new ObjectDefBuilder(name, label, labelPlural, keyPrefix);
	}

	public String name() {
		return this.name;
	}

	public String label() {
		return this.label;
	}

	public String labelPlural() {
		return this.labelPlural;
	}

	public String keyPrefix() {
		return this.keyPrefix;
	}

	/**
	 * Whether the object is custom ({@code __c}).
	 * @return true for custom objects
	 */
	public boolean custom() {
		return this.name.endsWith("__c");
	}

	/**
	 * The auto-number format of the name field, e.g. {@code SIN{000000}}.
	 * @return the format or null for a text name
	 */
	public @Nullable String autoNumberFormat() {
		return this.autoNumberFormat;
	}

	/**
	 * All fields, in describe order.
	 * @return the fields
	 */
	public List<FieldDef> fields() {
		return this.fields;
	}

	/**
	 * A field by API name, case-insensitively.
	 * @param fieldName API name
	 * @return the field or null
	 */
	public @Nullable FieldDef field(String fieldName) {
		FieldDef exact = this.fieldsByName.get(fieldName);
		return (exact != null) ? exact : this.fieldsByKey.get(fieldName.toLowerCase(Locale.ROOT));
	}

	/**
	 * A reference field by its relationship name, case-insensitively.
	 * @param relationshipName e.g. {@code Account} or {@code c2g__Invoice__r}
	 * @return the field or null
	 */
	public @Nullable FieldDef fieldByRelationship(String relationshipName) {
		for (FieldDef field : this.fields) {
			if (field.relationshipName() != null && field.relationshipName().equalsIgnoreCase(relationshipName)) {
				return field;
			}
		}
		return null;
	}

	/**
	 * The store slot of a stored field.
	 * @param field the field
	 * @return the slot, or -1 for Id and formula fields
	 */
	public int slot(FieldDef field) {
		Integer slot = this.slotsByField.get(field);
		return (slot != null) ? slot : -1;
	}

	/**
	 * The number of stored fields.
	 * @return the slot count
	 */
	public int slotCount() {
		return this.slots.size();
	}

	/**
	 * The name field.
	 * @return the field flagged {@code nameField}
	 */
	public FieldDef nameField() {
		for (FieldDef field : this.fields) {
			if (field.nameField()) {
				return field;
			}
		}
		throw new IllegalStateException(this.name + " has no name field");
	}

	/**
	 * The relationships of other objects that point here.
	 * @return the child relationships
	 */
	public List<ChildRelationship> childRelationships() {
		return Collections.unmodifiableList(this.childRelationships);
	}

	/**
	 * A child relationship by name, case-insensitively.
	 * @param relationshipName e.g. {@code c2g__InvoiceLineItems__r}
	 * @return the relationship or null
	 */
	public @Nullable ChildRelationship childRelationship(String relationshipName) {
		for (ChildRelationship relationship : this.childRelationships) {
			if (relationship.relationshipName() != null
					&& relationship.relationshipName().equalsIgnoreCase(relationshipName)) {
				return relationship;
			}
		}
		return null;
	}

	/**
	 * The validation rules checked on every insert and update.
	 * @return the rules
	 */
	public List<ValidationRule> validationRules() {
		return this.validationRules;
	}

	void addChildRelationship(ChildRelationship relationship) {
		this.childRelationships.add(relationship);
	}

	@Override
	public String toString() {
		return this.name;
	}

	/**
	 * A relationship from a child object's reference field to this object.
	 *
	 * @param childSObject the child object
	 * @param field the child's reference field
	 * @param relationshipName the relationship name used in subqueries, or null if none
	 * @param cascadeDelete whether deleting the parent deletes the child
	 */
	public record ChildRelationship(String childSObject, String field, @Nullable String relationshipName,
			boolean cascadeDelete) {
	}

	/**
	 * A validation rule: a write whose values meet the error condition fails with
	 * {@code FIELD_CUSTOM_VALIDATION_EXCEPTION}.
	 *
	 * @param name the rule's API name
	 * @param errorMessage the message shown
	 * @param errorField the field the error is shown at, or null
	 * @param errorCondition true when the record is invalid
	 */
	public record ValidationRule(String name, String errorMessage, @Nullable String errorField,
			java.util.function.Predicate<FieldDef.RecordValues> errorCondition) {
	}

}
