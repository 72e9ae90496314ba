package io.financialforce.emulator.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads users' objects and records from JSON:
 * <pre class="code">
 * {
 *   "objects": [ { "name": "Invoice_Note__c", "label": "Invoice Note", "keyPrefix": "a9N",
 *                  "fields": [ { "name": "Name", "type": "string", "length": 80, "nillable": false },
 *                              { "name": "Invoice__c", "type": "reference", "referenceTo": ["c2g__codaInvoice__c"],
 *                                "childRelationshipName": "Notes__r" } ] } ],
 *   "records": [ { "attributes": { "type": "Account", "referenceId": "acme" }, "Name": "Acme",
 *                  "Contacts": { "records": [ { "attributes": { "type": "Contact" }, "LastName": "Doe" } ] } },
 *                { "attributes": { "type": "Opportunity" }, "Name": "Deal", "AccountId": "@acme",
 *                  "StageName": "Prospecting", "CloseDate": "2026-01-31" } ]
 * }
 * </pre>
 * Objects use describe's keys ({@code fields[]} with {@code type}, {@code length}, {@code precision},
 * {@code scale}, {@code nillable}, {@code createable}, {@code updateable}, {@code unique}, {@code externalId},
 * {@code referenceTo}, {@code picklistValues}; {@code childRelationships[]} of a loaded object name the relationships
 * of its children), so a real org's describe output can be loaded; system fields are added by the emulator.
 * Records follow the sObject Tree format: children nest under their relationship name, {@code "@ref"} refers to an
 * earlier record's {@code referenceId}, and an {@code Id} in {@code attributes} or the record is kept.
 */
public final class OrgJsonLoader {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final Set<String> SYSTEM_FIELDS = Set.of("id", "ownerid", "isdeleted", "currencyisocode",
			"createddate", "createdbyid", "lastmodifieddate", "lastmodifiedbyid", "systemmodstamp");

	private OrgJsonLoader() {
	}

	/**
	 * Loads a document into a store.
	 * @param store the store
	 * @param json the document
	 * @return the ids of the inserted records by reference id
	 * @throws IllegalArgumentException for malformed JSON or an object definition that does not fit
	 * @throws ApiException for a record the org refuses
	 */
	public static Map<String, String> load(OrgStore store, String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The emulator data is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		Map<String, String> relationshipNames = new HashMap<>();
		for (JsonNode object : root.path("objects")) {
			for (JsonNode child : object.path("childRelationships")) {
				if (child.path("relationshipName").isString()) {
					relationshipNames.put(child.path("childSObject").asString("") + "." + child.path("field").asString(""),
							child.path("relationshipName").stringValue());
				}
			}
		}
		for (JsonNode object : root.path("objects")) {
			store.define(objectDef(object, relationshipNames));
		}
		Map<String, String> references = new LinkedHashMap<>();
		JsonNode records = root.isArray() ? root : root.path("records");
		store.atomically((tx) -> {
			for (JsonNode record : records) {
				insert(store, record, references, null, null);
			}
			return null;
		});
		return references;
	}

	private static ObjectDef objectDef(JsonNode node, Map<String, String> relationshipNames) {
		String name = text(node, "name");
		String label = node.path("label").asString(name);
		ObjectDefBuilder builder = ObjectDef.builder(name, label, node.path("labelPlural").asString(label),
				text(node, "keyPrefix"));
		JsonNode nameField = null;
		for (JsonNode field : node.path("fields")) {
			if ("Name".equalsIgnoreCase(field.path("name").asString(""))) {
				nameField = field;
			}
		}
		if (nameField != null && nameField.path("autoNumber").asBoolean(false)) {
			builder.autoNumberName(nameField.path("label").asString("Name"), nameField.path("displayFormat")
				.asString(name.replace("__c", "").toUpperCase(java.util.Locale.ROOT) + "-{000000}"));
		}
		else if (nameField != null) {
			builder.name(nameField.path("label").asString("Name"), nameField.path("length").asInt(80),
					nameField.path("nillable").asBoolean(true) ? new ObjectDefBuilder.Trait[0]
							: new ObjectDefBuilder.Trait[] { ObjectDefBuilder.Trait.REQUIRED });
		}
		else {
			builder.name("Name", 80);
		}
		for (JsonNode field : node.path("fields")) {
			String fieldName = text(field, "name");
			if (SYSTEM_FIELDS.contains(fieldName.toLowerCase(java.util.Locale.ROOT)) || "Name".equalsIgnoreCase(fieldName)) {
				continue;
			}
			addField(builder, name, field, relationshipNames);
		}
		return builder.build();
	}

	private static void addField(ObjectDefBuilder builder, String objectName, JsonNode field,
			Map<String, String> relationshipNames) {
		String name = text(field, "name");
		String label = field.path("label").asString(name);
		FieldType type = FieldType.ofApiName(text(field, "type"));
		List<ObjectDefBuilder.Trait> traits = new ArrayList<>();
		if (!field.path("nillable").asBoolean(true) && type != FieldType.BOOLEAN) {
			traits.add(ObjectDefBuilder.Trait.REQUIRED);
		}
		if (field.path("externalId").asBoolean(false)) {
			traits.add(field.path("unique").asBoolean(false) ? ObjectDefBuilder.Trait.EXTERNAL_ID
					: ObjectDefBuilder.Trait.NON_UNIQUE_EXTERNAL_ID);
		}
		else if (field.path("unique").asBoolean(false)) {
			traits.add(ObjectDefBuilder.Trait.UNIQUE);
		}
		if (!field.path("createable").asBoolean(true)) {
			traits.add(ObjectDefBuilder.Trait.READ_ONLY);
		}
		else if (!field.path("updateable").asBoolean(true)) {
			traits.add(ObjectDefBuilder.Trait.CREATE_ONLY);
		}
		ObjectDefBuilder.Trait[] t = traits.toArray(ObjectDefBuilder.Trait[]::new);
		int length = field.path("length").asInt(255);
		int precision = field.path("precision").asInt(18);
		int scale = field.path("scale").asInt(0);
		switch (type) {
			case STRING -> builder.text(name, label, length, t);
			case TEXTAREA -> builder.textArea(name, label, length, t);
			case EMAIL -> builder.email(name, label, t);
			case PHONE -> builder.phone(name, label, t);
			case URL -> builder.url(name, label, t);
			case PICKLIST, MULTIPICKLIST -> {
				List<String> values = new ArrayList<>();
				for (JsonNode value : field.path("picklistValues")) {
					values.add(value.path("value").asString("") + (value.path("defaultValue").asBoolean(false) ? "*" : ""));
				}
				if (type == FieldType.PICKLIST) {
					builder.picklist(name, label, String.join(",", values), t);
				}
				else {
					builder.multiPicklist(name, label, String.join(",", values), t);
				}
			}
			case BOOLEAN -> builder.checkbox(name, label, field.path("defaultValue").asBoolean(false), t);
			case INT -> builder.integer(name, label, t);
			case DOUBLE -> builder.number(name, label, precision, scale, t);
			case CURRENCY -> builder.currency(name, label, precision, scale, t);
			case PERCENT -> builder.percent(name, label, precision, scale, t);
			case DATE -> builder.date(name, label, t);
			case DATETIME -> builder.dateTime(name, label, t);
			case REFERENCE -> {
				String referenceTo = field.path("referenceTo").path(0).asString("");
				String childName = field.path("childRelationshipName").isString()
						? field.path("childRelationshipName").stringValue()
						: relationshipNames.get(objectName + "." + name);
				if (field.path("cascadeDelete").asBoolean(false) || "0".equals(field.path("relationshipOrder").asString(""))) {
					builder.masterDetail(name, label, referenceTo, (childName != null) ? childName : objectName + "s__r");
				}
				else {
					builder.lookup(name, label, referenceTo, childName, t);
				}
			}
			case ID -> {
			}
		}
	}

	private static void insert(OrgStore store, JsonNode record, Map<String, String> references,
			@Nullable String parentField, @Nullable String parentId) {
		String type = text(record.path("attributes"), "type");
		ObjectDef object = store.object(type);
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		Map<String, JsonNode> children = new LinkedHashMap<>();
		String explicitId = record.path("attributes").path("Id").asString(null);
		for (Map.Entry<String, JsonNode> entry : record.properties()) {
			String key = entry.getKey();
			JsonNode value = entry.getValue();
			if ("attributes".equals(key)) {
				continue;
			}
			if ("Id".equalsIgnoreCase(key)) {
				explicitId = value.asString(null);
				continue;
			}
			if (value.isObject() && value.has("records") && object.childRelationship(key) != null) {
				children.put(key, value);
				continue;
			}
			values.put(key, scalar(value, references));
		}
		if (parentField != null) {
			values.put(parentField, parentId);
		}
		String id = (explicitId != null) ? store.insertWithId(object, explicitId, values) : store.insert(object, values);
		String referenceId = record.path("attributes").path("referenceId").asString(null);
		if (referenceId != null) {
			references.put(referenceId, id);
		}
		for (Map.Entry<String, JsonNode> entry : children.entrySet()) {
			ObjectDef.ChildRelationship relationship = object.childRelationship(entry.getKey());
			for (JsonNode child : entry.getValue().path("records")) {
				insert(store, child, references, relationship.field(), id);
			}
		}
	}

	private static @Nullable Object scalar(JsonNode value, Map<String, String> references) {
		if (value.isNull()) {
			return null;
		}
		if (value.isString()) {
			String text = value.stringValue();
			if (text.startsWith("@") && references.containsKey(text.substring(1))) {
				return references.get(text.substring(1));
			}
			return text;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			value.properties().forEach((entry) -> map.put(entry.getKey(), scalar(entry.getValue(), references)));
			return map;
		}
		throw new IllegalArgumentException("Unsupported value in emulator data: " + value);
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.path(key);
		if (!value.isString() || value.stringValue().isEmpty()) {
			throw new IllegalArgumentException("The emulator data needs '" + key + "' in " + node);
		}
		return value.stringValue();
	}

}
