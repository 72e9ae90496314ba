package io.financialforce.emulator.http;

import java.util.ArrayList;
import java.util.List;

import io.financialforce.emulator.org.ApiException;
import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.RecordRef;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records as the API writes them: {@code attributes} ({@code type}, {@code url}) then the fields.
 */
final class RecordJson {

	private RecordJson() {
	}

	static ObjectNode record(OrgStore store, RecordRef record, String base, List<FieldDef> fields) {
		ObjectNode node = Json.object();
		ObjectNode attributes = node.putObject("attributes");
		attributes.put("type", record.object().name());
		attributes.put("url", base + "/sobjects/" + record.object().name() + "/" + store.id(record));
		for (FieldDef field : fields) {
			node.set(field.name(), Json.value(store.value(record, field)));
		}
		return node;
	}

	/**
	 * The fields a {@code fields} parameter names, or all fields.
	 * @param object the object
	 * @param fieldsParameter comma-separated names or null
	 * @return the fields
	 * @throws ApiException INVALID_FIELD for an unknown name
	 */
	static List<FieldDef> fields(ObjectDef object, @Nullable String fieldsParameter) {
		if (fieldsParameter == null || fieldsParameter.isBlank()) {
			return object.fields();
		}
		List<FieldDef> fields = new ArrayList<>();
		for (String name : fieldsParameter.split(",")) {
			FieldDef field = object.field(name.trim());
			if (field == null) {
				throw ApiException.badRequest("INVALID_FIELD", "No such column '" + name.trim() + "' on entity '"
						+ object.name() + "'. If you are attempting to use a custom field, be sure to append the "
						+ "'__c' after the custom field name. Please reference your WSDL or the describe call for "
						+ "the appropriate names.");
			}
			if (!fields.contains(field)) {
				fields.add(field);
			}
		}
		return fields;
	}

}
