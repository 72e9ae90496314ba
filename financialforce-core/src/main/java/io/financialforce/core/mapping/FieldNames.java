package io.financialforce.core.mapping;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Naming rules of sObjects, fields and relationships.
 */
final class FieldNames {

	private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/** Fields the platform maintains: never written, whatever the mapping says. */
	private static final Set<String> SYSTEM_FIELDS = Set.of("id", "isdeleted", "createddate", "createdbyid",
			"lastmodifieddate", "lastmodifiedbyid", "systemmodstamp", "lastactivitydate", "lastvieweddate",
			"lastreferenceddate");

	private FieldNames() {
	}

	static boolean isValid(String name) {
		return API_NAME.matcher(name).matches() && !name.endsWith("_") && !name.contains("___");
	}

	static String capitalize(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	static boolean isSystemField(String fieldName) {
		return SYSTEM_FIELDS.contains(fieldName.toLowerCase(Locale.ROOT));
	}

	/**
	 * The relationship of a reference field: {@code AccountId} → {@code Account}, {@code c2g__Account__c} →
	 * {@code c2g__Account__r}.
	 */
	static @Nullable String relationshipOf(String referenceField) {
		if (referenceField.endsWith("__c")) {
			return referenceField.substring(0, referenceField.length() - 1) + "r";
		}
		if (referenceField.length() > 2 && referenceField.endsWith("Id")) {
			return referenceField.substring(0, referenceField.length() - 2);
		}
		return null;
	}

	/**
	 * The reference field of a relationship: {@code Account} → {@code AccountId}, {@code c2g__Account__r} →
	 * {@code c2g__Account__c}.
	 */
	static String referenceFieldOf(String relationship) {
		if (relationship.endsWith("__r")) {
			return relationship.substring(0, relationship.length() - 1) + "c";
		}
		return relationship + "Id";
	}

}
