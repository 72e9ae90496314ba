package io.financialforce.emulator.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Defines an object's fields compactly; adds the system fields every object has ({@code Id}, {@code IsDeleted},
 * {@code CurrencyIsoCode}, audit fields, and {@code OwnerId} unless the object is the detail of a master-detail).
 */
public final class ObjectDefBuilder {

	/** The currencies of the emulated multi-currency org, corporate currency first. */
	public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD");

	private final String name;

	private final String label;

	private final String labelPlural;

	private final String keyPrefix;

	private final List<FieldDef> fields = new ArrayList<>();

	private @Nullable String autoNumberFormat;

	private final List<ObjectDef.ValidationRule> validationRules = new ArrayList<>();

	private boolean owned = true;

	private boolean named;

	ObjectDefBuilder(String name, String label, String labelPlural, String keyPrefix) {
		if (keyPrefix.length() != 3) {
			throw new IllegalArgumentException("A key prefix has three characters: '" + keyPrefix + "'");
		}
		this.name = name;
		this.label = label;
		this.labelPlural = labelPlural;
		this.keyPrefix = keyPrefix;
		this.fields.add(field("Id", label + " ID", FieldType.ID, 18, 0, 0, false, false, false).build());
	}

	/**
	 * Leaves out {@code OwnerId} (objects such as User and Product2 have no owner).
	 * @return this builder
	 */
	public ObjectDefBuilder unowned() {
		this.owned = false;
		return this;
	}

	/**
	 * A text name field.
	 * @param nameLabel label of the name field
	 * @param length its length
	 * @param traits e.g. {@link Trait#REQUIRED}
	 * @return this builder
	 */
	public ObjectDefBuilder name(String nameLabel, int length, Trait... traits) {
		this.named = true;
		return add(field("Name", nameLabel, FieldType.STRING, length, 0, 0, true, true, true).nameField(), traits);
	}

	/**
	 * An auto-number name field.
	 * @param nameLabel label of the name field
	 * @param format e.g. {@code SIN{000000}}
	 * @return this builder
	 */
	public ObjectDefBuilder autoNumberName(String nameLabel, String format) {
		this.named = true;
		this.autoNumberFormat = format;
		FieldBuilder builder = field("Name", nameLabel, FieldType.STRING, 80, 0, 0, false, false, false).nameField();
		builder.autoNumber = true;
		builder.defaulted = true;
		this.fields.add(builder.build());
		return this;
	}

	/**
	 * A name computed from other fields (Contact, User).
	 * @param nameLabel label
	 * @param formula the computation
	 * @return this builder
	 */
	public ObjectDefBuilder formulaName(String nameLabel, FieldDef.Formula formula) {
		this.named = true;
		FieldBuilder builder = field("Name", nameLabel, FieldType.STRING, 121, 0, 0, true, false, false).nameField();
		builder.formula = formula;
		this.fields.add(builder.build());
		return this;
	}

	public ObjectDefBuilder text(String fieldName, String fieldLabel, int length, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.STRING, length, 0, 0, true, true, true), traits);
	}

	public ObjectDefBuilder textArea(String fieldName, String fieldLabel, int length, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.TEXTAREA, length, 0, 0, true, true, true), traits);
	}

	public ObjectDefBuilder email(String fieldName, String fieldLabel, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.EMAIL, 80, 0, 0, true, true, true), traits);
	}

	public ObjectDefBuilder phone(String fieldName, String fieldLabel, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.PHONE, 40, 0, 0, true, true, true), traits);
	}

	public ObjectDefBuilder url(String fieldName, String fieldLabel, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.URL, 255, 0, 0, true, true, true), traits);
	}

	/**
	 * A picklist.
	 * @param fieldName API name
	 * @param fieldLabel label
	 * @param values comma-separated values, the default marked with a trailing {@code *}
	 * @param traits traits
	 * @return this builder
	 */
	public ObjectDefBuilder picklist(String fieldName, String fieldLabel, String values, Trait... traits) {
		return addPicklist(FieldType.PICKLIST, fieldName, fieldLabel, values, traits);
	}

	public ObjectDefBuilder multiPicklist(String fieldName, String fieldLabel, String values, Trait... traits) {
		return addPicklist(FieldType.MULTIPICKLIST, fieldName, fieldLabel, values, traits);
	}

	public ObjectDefBuilder checkbox(String fieldName, String fieldLabel, boolean defaultValue, Trait... traits) {
		FieldBuilder builder = field(fieldName, fieldLabel, FieldType.BOOLEAN, 0, 0, 0, false, true, true);
		builder.defaultValue = defaultValue;
		builder.defaulted = true;
		return add(builder, traits);
	}

	public ObjectDefBuilder number(String fieldName, String fieldLabel, int precision, int scale, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.DOUBLE, 0, precision, scale, true, true, true), traits);
	}

	public ObjectDefBuilder integer(String fieldName, String fieldLabel, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.INT, 0, 9, 0, true, true, true), traits);
	}

	public ObjectDefBuilder currency(String fieldName, String fieldLabel, int precision, int scale,
			Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.CURRENCY, 0, precision, scale, true, true, true), traits);
	}

	public ObjectDefBuilder percent(String fieldName, String fieldLabel, int precision, int scale, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.PERCENT, 0, precision, scale, true, true, true), traits);
	}

	public ObjectDefBuilder date(String fieldName, String fieldLabel, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.DATE, 0, 0, 0, true, true, true), traits);
	}

	public ObjectDefBuilder dateTime(String fieldName, String fieldLabel, Trait... traits) {
		return add(field(fieldName, fieldLabel, FieldType.DATETIME, 0, 0, 0, true, true, true), traits);
	}

	/**
	 * A lookup (delete constraint "set null").
	 * @param fieldName API name
	 * @param fieldLabel label
	 * @param referenceTo the parent object
	 * @param childRelationshipName the relationship name on the parent, or null
	 * @param traits traits
	 * @return this builder
	 */
	public ObjectDefBuilder lookup(String fieldName, String fieldLabel, String referenceTo,
			@Nullable String childRelationshipName, Trait... traits) {
		FieldBuilder builder = field(fieldName, fieldLabel, FieldType.REFERENCE, 18, 0, 0, true, true, true);
		builder.referenceTo = referenceTo;
		builder.childRelationshipName = childRelationshipName;
		return add(builder, traits);
	}

	/**
	 * A master-detail: required, not reparentable, cascading deletes; the object has no owner.
	 * @param fieldName API name
	 * @param fieldLabel label
	 * @param referenceTo the master object
	 * @param childRelationshipName the relationship name on the master
	 * @return this builder
	 */
	public ObjectDefBuilder masterDetail(String fieldName, String fieldLabel, String referenceTo,
			String childRelationshipName) {
		this.owned = false;
		FieldBuilder builder = field(fieldName, fieldLabel, FieldType.REFERENCE, 18, 0, 0, false, true, false);
		builder.referenceTo = referenceTo;
		builder.childRelationshipName = childRelationshipName;
		builder.cascadeDelete = true;
		return add(builder);
	}

	/**
	 * A formula field (read-only, computed on read).
	 * @param fieldName API name
	 * @param fieldLabel label
	 * @param type result type
	 * @param precision digits
	 * @param scale decimal places
	 * @param formula the computation
	 * @return this builder
	 */
	public ObjectDefBuilder formula(String fieldName, String fieldLabel, FieldType type, int precision, int scale,
			FieldDef.Formula formula) {
		FieldBuilder builder = field(fieldName, fieldLabel, type, type.isText() ? 1300 : 0, precision, scale, true,
				false, false);
		builder.formula = formula;
		return add(builder);
	}

	/**
	 * A roll-up summary (read-only, kept consistent on every write of a child).
	 * @param fieldName API name
	 * @param fieldLabel label
	 * @param scale decimal places
	 * @param childObject the child object
	 * @param childField the child's reference to this object
	 * @param summedField the child field summed
	 * @return this builder
	 */
	public ObjectDefBuilder rollupSum(String fieldName, String fieldLabel, int scale, String childObject,
			String childField, String summedField) {
		FieldBuilder builder = field(fieldName, fieldLabel, FieldType.DOUBLE, 0, 18, scale, true, false, false);
		builder.rollup = new FieldDef.Rollup(childObject, childField, summedField);
		return add(builder);
	}

	/**
	 * A validation rule checked on every insert and update.
	 * @param ruleName the rule's API name
	 * @param errorMessage the message
	 * @param errorField the field the error is shown at, or null
	 * @param errorCondition true when the record is invalid
	 * @return this builder
	 */
	public ObjectDefBuilder validationRule(String ruleName, String errorMessage, @Nullable String errorField,
			java.util.function.Predicate<FieldDef.RecordValues> errorCondition) {
		this.validationRules.add(new ObjectDef.ValidationRule(ruleName, errorMessage, errorField, errorCondition));
		return this;
	}

	/**
	 * Sets the default value of the field added last.
	 * @param value the value in the field's Java type
	 * @return this builder
	 */
	public ObjectDefBuilder defaultValue(Object value) {
		FieldDef last = this.fields.remove(this.fields.size() - 1);
		this.fields.add(new FieldDef(last.name(), last.label(), last.type(), last.length(), last.precision(),
				last.scale(), last.nillable(), last.createable(), last.updateable(), last.unique(), last.externalId(),
				last.nameField(), last.custom(), last.autoNumber(), true, last.referenceTo(), last.relationshipName(),
				last.childRelationshipName(), last.cascadeDelete(), last.picklistValues(), value, last.formula(),
				last.rollup()));
		return this;
	}

	/**
	 * Builds the object.
	 * @return the definition
	 */
	public ObjectDef build() {
		if (!this.named) {
			throw new IllegalStateException(this.name + " needs a name field");
		}
		List<FieldDef> all = new ArrayList<>(this.fields);
		if (this.owned) {
			FieldBuilder owner = field("OwnerId", "Owner ID", FieldType.REFERENCE, 18, 0, 0, false, true, true);
			owner.referenceTo = "User";
			owner.defaulted = true;
			all.add(1, owner.build());
		}
		all.add(field("IsDeleted", "Deleted", FieldType.BOOLEAN, 0, 0, 0, false, false, false).build());
		FieldBuilder currency = field("CurrencyIsoCode", label + " Currency", FieldType.PICKLIST, 3, 0, 0, true, true,
				true);
		currency.picklist = CURRENCIES;
		currency.defaultValue = CURRENCIES.get(0);
		currency.defaulted = true;
		all.add(currency.build());
		all.add(audit("CreatedDate", "Created Date", FieldType.DATETIME, null));
		all.add(audit("CreatedById", "Created By ID", FieldType.REFERENCE, "User"));
		all.add(audit("LastModifiedDate", "Last Modified Date", FieldType.DATETIME, null));
		all.add(audit("LastModifiedById", "Last Modified By ID", FieldType.REFERENCE, "User"));
		all.add(audit("SystemModstamp", "System Modstamp", FieldType.DATETIME, null));
		return new ObjectDef(this.name, this.label, this.labelPlural, this.keyPrefix, this.autoNumberFormat, all,
				this.validationRules);
	}

	private FieldDef audit(String fieldName, String fieldLabel, FieldType type, @Nullable String referenceTo) {
		FieldBuilder builder = field(fieldName, fieldLabel, type, type == FieldType.REFERENCE ? 18 : 0, 0, 0, false,
				false, false);
		builder.referenceTo = referenceTo;
		builder.defaulted = true;
		return builder.build();
	}

	private ObjectDefBuilder addPicklist(FieldType type, String fieldName, String fieldLabel, String values,
			Trait... traits) {
		FieldBuilder builder = field(fieldName, fieldLabel, type, 255, 0, 0, true, true, true);
		List<String> list = new ArrayList<>();
		for (String value : values.split(",")) {
			String trimmed = value.trim();
			if (trimmed.endsWith("*")) {
				trimmed = trimmed.substring(0, trimmed.length() - 1);
				builder.defaultValue = trimmed;
				builder.defaulted = true;
			}
			list.add(trimmed);
		}
		builder.picklist = list;
		return add(builder, traits);
	}

	private ObjectDefBuilder add(FieldBuilder builder, Trait... traits) {
		for (Trait trait : Arrays.asList(traits)) {
			switch (trait) {
				case REQUIRED -> builder.nillable = false;
				case UNIQUE -> builder.unique = true;
				case EXTERNAL_ID -> {
					builder.externalId = true;
					builder.unique = true;
				}
				case NON_UNIQUE_EXTERNAL_ID -> builder.externalId = true;
				case READ_ONLY -> {
					builder.createable = false;
					builder.updateable = false;
				}
				case CREATE_ONLY -> builder.updateable = false;
			}
		}
		this.fields.add(builder.build());
		return this;
	}

	private static FieldBuilder field(String name, String label, FieldType type, int length, int precision, int scale,
			boolean nillable, boolean createable, boolean updateable) {
		FieldBuilder builder = new FieldBuilder(name, label, type);
		builder.length = length;
		builder.precision = precision;
		builder.scale = scale;
		builder.nillable = nillable;
		builder.createable = createable;
		builder.updateable = updateable;
		return builder;
	}

	/** Traits of a field. */
	public enum Trait {

		/** Not nillable: inserts must set it. */
		REQUIRED,
		/** Unique, case-insensitive. */
		UNIQUE,
		/** External id and unique. */
		EXTERNAL_ID,
		/** External id that may repeat (upserts answer 300 on several matches). */
		NON_UNIQUE_EXTERNAL_ID,
		/** Neither createable nor updateable. */
		READ_ONLY,
		/** Createable only. */
		CREATE_ONLY

	}

	private static final class FieldBuilder {

		final String name;

		final String label;

		final FieldType type;

		int length;

		int precision;

		int scale;

		boolean nillable;

		boolean createable;

		boolean updateable;

		boolean unique;

		boolean externalId;

		boolean nameField;

		boolean autoNumber;

		boolean defaulted;

		boolean cascadeDelete;

		@Nullable String referenceTo;

		@Nullable String childRelationshipName;

		List<String> picklist = List.of();

		@Nullable Object defaultValue;

		FieldDef.@Nullable Formula formula;

		FieldDef.@Nullable Rollup rollup;

		FieldBuilder(String name, String label, FieldType type) {
			this.name = name;
			this.label = label;
			this.type = type;
		}

		FieldBuilder nameField() {
			this.nameField = true;
			return this;
		}

		FieldDef build() {
			String relationshipName = null;
			if (this.type == FieldType.REFERENCE) {
				relationshipName = this.name.endsWith("__c") ? this.name.substring(0, this.name.length() - 1) + "r"
						: this.name.endsWith("Id") ? this.name.substring(0, this.name.length() - 2) : null;
			}
			return new FieldDef(this.name, this.label, this.type, this.length, this.precision, this.scale,
					this.nillable, this.createable, this.updateable, this.unique, this.externalId, this.nameField,
					this.name.endsWith("__c"), this.autoNumber, this.defaulted, this.referenceTo, relationshipName,
					this.childRelationshipName, this.cascadeDelete, this.picklist, this.defaultValue, this.formula,
					this.rollup);
		}

	}

}
