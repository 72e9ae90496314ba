package io.financialforce.emulator.query;

import java.util.Locale;

/**
 * The field types of Salesforce describe metadata, and the Java type the emulator holds each value as.
 */
public enum FieldType {

	/** Record id: {@code String} (18 characters). */
	ID,
	/** Text: {@code String}. */
	STRING,
	/** Text area and long/rich text: {@code String}. */
	TEXTAREA,
	/** Email: {@code String}. */
	EMAIL,
	/** Phone: {@code String}. */
	PHONE,
	/** URL: {@code String}. */
	URL,
	/** Picklist: {@code String}. */
	PICKLIST,
	/** Multi-select picklist: {@code String}, values joined by {@code ;}. */
	MULTIPICKLIST,
	/** Combo box: {@code String}. */
	COMBOBOX,
	/** Encrypted text: {@code String}. */
	ENCRYPTEDSTRING,
	/** Checkbox: {@code Boolean}. */
	BOOLEAN,
	/** Integer: {@code Integer}. */
	INT,
	/** Number: {@code BigDecimal}. */
	DOUBLE,
	/** Currency: {@code BigDecimal}. */
	CURRENCY,
	/** Percent: {@code BigDecimal}. */
	PERCENT,
	/** Date: {@code LocalDate}. */
	DATE,
	/** Date and time: {@code Instant}. */
	DATETIME,
	/** Time: {@code LocalTime}. */
	TIME,
	/** Lookup or master-detail: {@code String} id. */
	REFERENCE,
	/** Compound address: {@code Map<String, Object>} of its parts. */
	ADDRESS,
	/** Compound geolocation: {@code Map<String, Object>} with {@code latitude} and {@code longitude}. */
	LOCATION,
	/** Base64 content: {@code String}. */
	BASE64;

	/**
	 * The type's name in describe metadata.
	 * @return e.g. {@code multipicklist}
	 */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether values of this type are text for SOQL (compared case-insensitively, {@code ''} meaning null).
	 * @return {@code true} for text-like types
	 */
	public boolean isText() {
		return switch (this) {
			case ID, STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, MULTIPICKLIST, COMBOBOX, ENCRYPTEDSTRING,
					REFERENCE, BASE64 -> true;
			default -> false;
		};
	}

}
