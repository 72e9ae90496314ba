package io.financialforce.emulator.http;

import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.FieldType;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.Schema;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Describe JSON: global describe ({@code /sobjects}) and per-object describe, with the field metadata keys of the
 * real API.
 */
final class DescribeJson {

	private DescribeJson() {
	}

	static ObjectNode global(Schema schema, String base) {
		ObjectNode root = Json.object();
		root.put("encoding", "UTF-8");
		root.put("maxBatchSize", 200);
		ArrayNode sobjects = root.putArray("sobjects");
		for (ObjectDef object : schema.objects()) {
			sobjects.add(summary(object, base));
		}
		return root;
	}

	static ObjectNode summary(ObjectDef object, String base) {
		ObjectNode node = Json.object();
		node.put("activateable", false);
		node.put("createable", true);
		node.put("custom", object.custom());
		node.put("customSetting", false);
		node.put("deletable", true);
		node.put("deprecatedAndHidden", false);
		node.put("feedEnabled", false);
		node.put("hasSubtypes", false);
		node.put("isSubtype", false);
		node.put("keyPrefix", object.keyPrefix());
		node.put("label", object.label());
		node.put("labelPlural", object.labelPlural());
		node.put("layoutable", true);
		node.put("mergeable", "Account".equals(object.name()) || "Contact".equals(object.name()));
		node.put("mruEnabled", true);
		node.put("name", object.name());
		node.put("queryable", true);
		node.put("replicateable", true);
		node.put("retrieveable", true);
		node.put("searchable", true);
		node.put("triggerable", true);
		node.put("undeletable", true);
		node.put("updateable", true);
		ObjectNode urls = node.putObject("urls");
		String sobject = base + "/sobjects/" + object.name();
		urls.put("rowTemplate", sobject + "/{ID}");
		urls.put("defaultValues", sobject + "/defaultValues?recordTypeId&fields");
		urls.put("describe", sobject + "/describe");
		urls.put("sobject", sobject);
		return node;
	}

	static ObjectNode object(ObjectDef object, String base) {
		ObjectNode node = summary(object, base);
		node.put("compactLayoutable", true);
		node.put("searchLayoutable", true);
		node.put("sobjectDescribeOption", "FULL");
		node.putNull("networkScopeFieldName");
		node.putArray("actionOverrides");
		ArrayNode children = node.putArray("childRelationships");
		for (ObjectDef.ChildRelationship relationship : object.childRelationships()) {
			ObjectNode child = children.addObject();
			child.put("cascadeDelete", relationship.cascadeDelete());
			child.put("childSObject", relationship.childSObject());
			child.put("deprecatedAndHidden", false);
			child.put("field", relationship.field());
			child.putArray("junctionIdListNames");
			child.putArray("junctionReferenceTo");
			child.put("relationshipName", relationship.relationshipName());
			child.put("restrictedDelete", false);
		}
		ArrayNode fields = node.putArray("fields");
		for (FieldDef field : object.fields()) {
			fields.add(field(field));
		}
		node.putArray("namedLayoutInfos");
		ArrayNode recordTypes = node.putArray("recordTypeInfos");
		ObjectNode master = recordTypes.addObject();
		master.put("active", true);
		master.put("available", true);
		master.put("defaultRecordTypeMapping", true);
		master.put("developerName", "Master");
		master.put("master", true);
		master.put("name", "Master");
		master.put("recordTypeId", "012000000000000AAA");
		master.putObject("urls").put("layout", base + "/sobjects/" + object.name() + "/describe/layouts/012000000000000AAA");
		node.putArray("supportedScopes").addObject().put("label", "All " + object.labelPlural().toLowerCase(java.util.Locale.ROOT)).put("name", "everything");
		return node;
	}

	static ObjectNode field(FieldDef field) {
		ObjectNode node = Json.object();
		FieldType type = field.type();
		node.put("aggregatable", field.aggregatable());
		node.put("autoNumber", field.autoNumber());
		node.put("byteLength", field.type().isText() || type == FieldType.ID || type == FieldType.REFERENCE
				? field.length() * 3 : 0);
		node.put("calculated", field.calculated());
		node.putNull("calculatedFormula");
		node.put("cascadeDelete", false);
		node.put("caseSensitive", false);
		node.putNull("compoundFieldName");
		node.putNull("controllerName");
		node.put("createable", field.createable());
		node.put("custom", field.custom());
		Object defaultValue = field.defaultValue();
		if (defaultValue == null || defaultValue == FieldDef.TODAY || type == FieldType.PICKLIST) {
			node.putNull("defaultValue");
		}
		else {
			node.set("defaultValue", Json.value(defaultValue));
		}
		if (defaultValue == FieldDef.TODAY) {
			node.put("defaultValueFormula", "TODAY()");
		}
		else {
			node.putNull("defaultValueFormula");
		}
		node.put("defaultedOnCreate", field.defaultedOnCreate());
		node.put("dependentPicklist", false);
		node.put("deprecatedAndHidden", false);
		node.put("digits", type == FieldType.INT ? field.precision() : 0);
		node.put("displayLocationInDecimal", false);
		node.put("encrypted", false);
		node.put("externalId", field.externalId());
		node.putNull("extraTypeInfo");
		node.put("filterable", field.filterable());
		node.putNull("filteredLookupInfo");
		node.put("groupable", field.groupable());
		node.put("highScaleNumber", false);
		node.put("htmlFormatted", false);
		node.put("idLookup", field.idLookup());
		node.putNull("inlineHelpText");
		node.put("label", field.label());
		node.put("length", field.type().isText() || type == FieldType.ID || type == FieldType.REFERENCE
				? field.length() : 0);
		node.putNull("mask");
		node.putNull("maskType");
		node.put("name", field.name());
		node.put("nameField", field.nameField());
		node.put("namePointing", false);
		node.put("nillable", field.nillable());
		node.put("permissionable", field.nillable() && !field.calculated() && field.custom());
		ArrayNode picklist = node.putArray("picklistValues");
		for (String value : field.picklistValues()) {
			ObjectNode entry = picklist.addObject();
			entry.put("active", true);
			entry.put("defaultValue", value.equals(defaultValue));
			entry.put("label", value);
			entry.putNull("validFor");
			entry.put("value", value);
		}
		node.put("polymorphicForeignKey", false);
		node.put("precision", type == FieldType.INT ? 0 : field.precision());
		node.put("queryByDistance", false);
		ArrayNode referenceTo = node.putArray("referenceTo");
		if (field.referenceTo() != null) {
			referenceTo.add(field.referenceTo());
		}
		node.putNull("referenceTargetField");
		if (field.cascadeDelete()) {
			node.put("relationshipOrder", 0);
		}
		else {
			node.putNull("relationshipOrder");
		}
		node.put("relationshipName", field.relationshipName());
		node.put("restrictedDelete", false);
		node.put("restrictedPicklist", type == FieldType.PICKLIST || type == FieldType.MULTIPICKLIST);
		node.put("scale", field.scale());
		node.put("searchPrefilterable", false);
		node.put("soapType", type.soapType());
		node.put("sortable", field.sortable());
		node.put("type", type.apiName());
		node.put("unique", field.unique());
		node.put("updateable", field.updateable());
		node.put("writeRequiresMasterRead", false);
		return node;
	}

}
