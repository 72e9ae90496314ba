package io.financialforce.emulator.query;

import java.util.List;

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
 */
public record FieldInfo(String name, FieldType type, boolean filterable, boolean sortable, boolean groupable,
		boolean aggregatable, List<String> referenceTo, @Nullable String relationshipName, int scale) {

	public FieldInfo {
		referenceTo = List.copyOf(referenceTo);
	}

}
