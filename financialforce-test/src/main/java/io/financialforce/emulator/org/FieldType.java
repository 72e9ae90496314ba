package io.financialforce.emulator.org;

import java.util.Locale;

/**
 * The describe type of a field, with its SOAP type and how the store keeps its values.
 */
public enum FieldType {

	/** The record id. */
	ID("tns:ID", Storage.ID),
	/** A lookup or master-detail. */
	REFERENCE("tns:ID", Storage.REFERENCE),
	/** Text. */
	STRING("xsd:string", Storage.TEXT),
	/** Text area or long text area. */
	TEXTAREA("xsd:string", Storage.TEXT),
	/** Single-select picklist. */
	PICKLIST("xsd:string", Storage.TEXT),
	/** Multi-select picklist, values joined by {@code ;}. */
	MULTIPICKLIST("xsd:string", Storage.TEXT),
	/** E-mail address. */
	EMAIL("xsd:string", Storage.TEXT),
	/** Phone number. */
	PHONE("xsd:string", Storage.TEXT),
	/** URL. */
	URL("xsd:string", Storage.TEXT),
	/** Checkbox. */
	BOOLEAN("xsd:boolean", Storage.BOOLEAN),
	/** Integer. */
	INT("xsd:int", Storage.DECIMAL),
	/** Number with precision and scale. */
	DOUBLE("xsd:double", Storage.DECIMAL),
	/** Currency. */
	CURRENCY("xsd:double", Storage.DECIMAL),
	/** Percent. */
	PERCENT("xsd:double", Storage.DECIMAL),
	/** Date. */
	DATE("xsd:date", Storage.DATE),
	/** Date and time. */
	DATETIME("xsd:dateTime", Storage.DATETIME);

	private final String soapType;

	private final Storage storage;

	FieldType(String soapType, Storage storage) {
		this.soapType = soapType;
		this.storage = storage;
	}

	/**
	 * The SOAP type of describe.
	 * @return e.g. {@code xsd:string}
	 */
	public String soapType() {
		return this.soapType;
	}

	/**
	 * How the store keeps values of this type.
	 * @return the storage kind
	 */
	public Storage storage() {
		return this.storage;
	}

	/**
	 * The name in describe JSON.
	 * @return e.g. {@code multipicklist}
	 */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether values are text.
	 * @return true for the text-like types
	 */
	public boolean isText() {
		return this.storage == Storage.TEXT;
	}

	/**
	 * Whether values are numbers.
	 * @return true for int, double, currency and percent
	 */
	public boolean isNumeric() {
		return this.storage == Storage.DECIMAL;
	}

	/**
	 * Parses a describe type name.
	 * @param name e.g. {@code currency}
	 * @return the type
	 * @throws IllegalArgumentException for an unknown type
	 */
	public static FieldType ofApiName(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	/** How the store keeps a type's values. */
	public enum Storage {

		/** Derived from the row number. */
		ID,
		/** An encoded record id in a long. */
		REFERENCE,
		/** Objects (strings). */
		TEXT,
		/** 0/1 in a long. */
		BOOLEAN,
		/** Unscaled decimal in a long, scale from the field. */
		DECIMAL,
		/** Epoch day in a long. */
		DATE,
		/** Epoch millisecond in a long. */
		DATETIME

	}

}
