package io.financialforce.emulator.query;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the evaluator needs to know of one field.
 *
 * @param name the API name, canonical case
 * @param type the type
 * @param filterable whether it may appear in WHERE
 * @param sortable whether it may appear in ORDER BY
 * @param groupable whether it may appear in GROUP BY
 * @param aggregatable whether SUM/AVG/MIN/MAX/COUNT may take it
 * @param referenceTo for references, the objects it may point to (several for polymorphic lookups)
 * @param relationshipName for references, the parent relationship name ({@code Account}, {@code c2g__Account__r})
 * @param scale for numbers, the digits after the decimal point
 * @param picklistLabels for picklists, the label of each value (what {@code toLabel} returns); values without a
 * label show as themselves
 */
public record FieldInfo(String name, FieldType type, boolean filterable, boolean sortable, boolean groupable,
		boolean aggregatable, List<String> referenceTo, @Nullable String relationshipName, int scale,
		Map<String, String> picklistLabels) {

	public FieldInfo {
		referenceTo = List.copyOf(referenceTo);
		picklistLabels = Map.copyOf(picklistLabels);
	}

	/**
	 * A field without picklist labels.
	 * @param name the API name, canonical case
	 * @param type the type
	 * @param filterable whether it may appear in WHERE
	 * @param sortable whether it may appear in ORDER BY
	 * @param groupable whether it may appear in GROUP BY
	 * @param aggregatable whether SUM/AVG/MIN/MAX/COUNT may take it
	 * @param referenceTo for references, the objects it may point to
	 * @param relationshipName for references, the parent relationship name
	 * @param scale for numbers, the digits after the decimal point
	 */
	public FieldInfo(String name, FieldType type, boolean filterable, boolean sortable, boolean groupable,
			boolean aggregatable, List<String> referenceTo, @Nullable String relationshipName, int scale) {
		this(name, type, filterable, sortable, groupable, aggregatable, referenceTo, relationshipName, scale, Map.of());
	}

	/**
	 * The label of a picklist value.
	 * @param value a stored value
	 * @return its label, or the value when it has none
	 */
	public String labelOf(String value) {
		return this.picklistLabels.getOrDefault(value, value);
	}

	/**
	 * Whether this is a custom field ({@code __c}, namespaced or not), as {@code FIELDS(CUSTOM)} selects.
	 * @return {@code true} for custom fields
	 */
	public boolean custom() {
		return this.name.endsWith("__c");
	}

}
