package io.financialforce.emulator.org;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The metadata of one field, as describe reports it, plus how the emulator derives calculated values.
 *
 * @param name API name
 * @param label label
 * @param type describe type
 * @param length text length (0 for non-text)
 * @param precision digits of a number
 * @param scale decimal places of a number
 * @param nillable whether the field may be null
 * @param createable whether an insert may set it
 * @param updateable whether an update may set it
 * @param unique whether values are unique (case-insensitive)
 * @param externalId whether the field is an external id (upsert key)
 * @param nameField whether it is the object's name field
 * @param custom whether the field is custom
 * @param autoNumber whether the org numbers it on insert
 * @param defaultedOnCreate whether the org fills it when an insert leaves it out
 * @param referenceTo the object a reference points to
 * @param relationshipName the parent relationship name ({@code Account}, {@code c2g__Invoice__r})
 * @param childRelationshipName the name of the child relationship on the parent ({@code c2g__InvoiceLineItems__r})
 * @param cascadeDelete whether deleting the parent deletes the child (master-detail)
 * @param picklistValues the active picklist values
 * @param defaultValue the value an insert gets when it leaves the field out
 * @param formula how a formula field is computed
 * @param rollup how a roll-up summary is computed
 */
public record FieldDef(String name, String label, FieldType type, int length, int precision, int scale,
		boolean nillable, boolean createable, boolean updateable, boolean unique, boolean externalId, boolean nameField,
		boolean custom, boolean autoNumber, boolean defaultedOnCreate, @Nullable String referenceTo,
		@Nullable String relationshipName, @Nullable String childRelationshipName, boolean cascadeDelete,
		List<String> picklistValues, @Nullable Object defaultValue, @Nullable Formula formula,
		@Nullable Rollup rollup) {

	/** The default value {@code TODAY()}: the date of the emulator's clock at insert. */
	public static final Object TODAY = new Object() {

		@Override
		public String toString() {
			return "TODAY()";
		}

	};

	/**
	 * Whether the org computes the value (formula or roll-up).
	 * @return true for read-only computed fields
	 */
	public boolean calculated() {
		return this.formula != null || this.rollup != null;
	}

	/**
	 * Whether the value identifies a record ({@code idLookup} of describe).
	 * @return true for Id, external ids and unique text
	 */
	public boolean idLookup() {
		return this.type == FieldType.ID || this.externalId || (this.unique && this.type.isText());
	}

	/**
	 * Whether the field is a long text area.
	 * @return true for text areas over 255 characters
	 */
	public boolean longText() {
		return this.type == FieldType.TEXTAREA && this.length > 255;
	}

	/**
	 * Whether the field may be used in WHERE.
	 * @return describe's {@code filterable}
	 */
	public boolean filterable() {
		return !longText();
	}

	/**
	 * Whether the field may be used in ORDER BY.
	 * @return describe's {@code sortable}
	 */
	public boolean sortable() {
		return !longText() && this.type != FieldType.MULTIPICKLIST;
	}

	/**
	 * Whether the field may be used in GROUP BY.
	 * @return describe's {@code groupable}
	 */
	public boolean groupable() {
		return switch (this.type) {
			case DOUBLE, CURRENCY, PERCENT, DATETIME, MULTIPICKLIST, TEXTAREA -> false;
			default -> !calculated() || this.type == FieldType.STRING;
		};
	}

	/**
	 * Whether aggregate functions accept the field.
	 * @return describe's {@code aggregatable}
	 */
	public boolean aggregatable() {
		return this.type != FieldType.BOOLEAN && this.type != FieldType.MULTIPICKLIST && !longText();
	}

	/**
	 * Whether an insert must set the field.
	 * @return true if neither nillable nor filled by the org
	 */
	public boolean required() {
		return !this.nillable && this.createable && !this.defaultedOnCreate && this.defaultValue == null
				&& this.type != FieldType.BOOLEAN;
	}

	/**
	 * Fields are equal only to themselves (each belongs to one object), which keeps hashing cheap.
	 * @param other another object
	 * @return whether it is this field
	 */
	@Override
	public boolean equals(@Nullable Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	/**
	 * The key of this field in lookups.
	 * @return the lower-case name
	 */
	public String key() {
		return this.name.toLowerCase(Locale.ROOT);
	}

	/**
	 * A calculated value derived from other values of the same record.
	 */
	@FunctionalInterface
	public interface Formula {

		/**
		 * Computes the value.
		 * @param record the record's other values
		 * @return the value, in the field's Java type
		 */
		@Nullable Object compute(RecordValues record);

	}

	/**
	 * Read access to one record's values by field name.
	 */
	@FunctionalInterface
	public interface RecordValues {

		/**
		 * A value of the record.
		 * @param field API name
		 * @return the value or null
		 */
		@Nullable Object get(String field);

	}

	/**
	 * A roll-up summary: the sum of a child value over the children of this record.
	 *
	 * @param childObject the child object
	 * @param childField the child's reference to this object
	 * @param summedField the child's field summed
	 */
	public record Rollup(String childObject, String childField, String summedField) {
	}

}
