package io.financialforce.emulator.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The checks of a write before anything changes: known, writable fields; values of the right type, length and range;
 * references to live records of the right object (also given by external id); validation rules.
 */
final class WriteChecks {

	private final OrgStore store;

	WriteChecks(OrgStore store) {
		this.store = store;
	}

	Map<FieldDef, @Nullable Object> convertAll(ObjectDef object, Map<String, ? extends @Nullable Object> values,
			boolean insert) {
		Map<FieldDef, @Nullable Object> typed = new LinkedHashMap<>();
		for (Map.Entry<String, ? extends @Nullable Object> entry : values.entrySet()) {
			String key = entry.getKey();
			if ("attributes".equals(key)) {
				continue;
			}
			FieldDef field = object.field(key);
			Object raw = entry.getValue();
			if (field == null && raw instanceof Map<?, ?> reference) {
				field = object.fieldByRelationship(key);
				if (field != null) {
					raw = resolveExternalReference(field, reference);
				}
			}
			if (field == null) {
				throw ApiException.badRequest("INVALID_FIELD",
						"No such column '" + key + "' on sobject of type " + object.name(), key);
			}
			if (field.type() == FieldType.ID) {
				throw ApiException.badRequest("INVALID_FIELD_FOR_INSERT_UPDATE",
						insert ? "cannot specify Id in an insert call" : "Unable to create/update fields: Id.", "Id");
			}
			if (insert ? !field.createable() : !field.updateable()) {
				throw ApiException.badRequest("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: "
						+ field.name() + ". Please check the security settings of this field and verify that it is "
						+ "read/write for your profile or permission set.", field.name());
			}
			typed.put(field, Values.convert(object, field, raw));
		}
		return typed;
	}

	private String resolveExternalReference(FieldDef field, Map<?, ?> reference) {
		ObjectDef parent = this.store.schema().get(String.valueOf(field.referenceTo()));
		for (Map.Entry<?, ?> entry : reference.entrySet()) {
			FieldDef key = (parent != null && !"attributes".equals(entry.getKey()))
					? parent.field(String.valueOf(entry.getKey())) : null;
			if (key != null && key.idLookup() && entry.getValue() != null) {
				List<RecordRef> matches = (key.type() == FieldType.ID)
						? this.store.liveOrEmpty(parent, String.valueOf(entry.getValue()))
						: this.store.findByIndexedField(parent, key, String.valueOf(entry.getValue()));
				if (matches.size() == 1) {
					return this.store.id(matches.get(0));
				}
				throw ApiException.badRequest("INVALID_FIELD", (matches.isEmpty() ? "Foreign key external ID: "
						+ entry.getValue() + " not found for field " + key.name() + " in entity " + parent.name()
						: "Foreign key external ID: " + entry.getValue() + " matches more than one record"),
						field.name());
			}
		}
		throw ApiException.badRequest("INVALID_FIELD",
				"The relationship " + field.relationshipName() + " must name one external id field", field.name());
	}

	static void checkRules(ObjectDef object, FieldDef.RecordValues values) {
		for (ObjectDef.ValidationRule rule : object.validationRules()) {
			if (rule.errorCondition().test(values)) {
				throw (rule.errorField() != null)
						? ApiException.badRequest("FIELD_CUSTOM_VALIDATION_EXCEPTION", rule.errorMessage(), rule.errorField())
						: ApiException.badRequest("FIELD_CUSTOM_VALIDATION_EXCEPTION", rule.errorMessage());
			}
		}
	}

	void checkReferences(Map<FieldDef, @Nullable Object> typed) {
		typed.forEach((field, value) -> {
			if (field.type() == FieldType.REFERENCE && value != null) {
				RecordRef target = this.store.find((String) value);
				if (target != null && !target.object().name().equalsIgnoreCase(field.referenceTo())) {
					throw ApiException.badRequest("FIELD_INTEGRITY_EXCEPTION",
							field.label() + ": id value of incorrect type: " + value, field.name());
				}
				if (target == null || this.store.isDeleted(target)) {
					ObjectDef expected = this.store.schema().get(String.valueOf(field.referenceTo()));
					if (target == null && expected != null && !((String) value).startsWith(expected.keyPrefix())) {
						throw ApiException.badRequest("FIELD_INTEGRITY_EXCEPTION",
								field.label() + ": id value of incorrect type: " + value, field.name());
					}
					throw ApiException.badRequest("INVALID_CROSS_REFERENCE_KEY",
							"invalid cross reference id", field.name());
				}
				typed.put(field, this.store.id(target));
			}
		});
	}

}
