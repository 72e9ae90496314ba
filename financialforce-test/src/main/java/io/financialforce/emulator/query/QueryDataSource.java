package io.financialforce.emulator.query;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The emulator's data as the SOQL evaluator reads it: object metadata and rows.
 */
public interface QueryDataSource {

	/**
	 * The object of that name, in any case.
	 * @param name an object name as written in SOQL
	 * @return the object, if the org has it
	 */
	Optional<ObjectInfo> object(String name);

	/**
	 * The rows of an object, in a stable order (insertion order).
	 * @param object the object
	 * @param includeDeleted whether rows in the recycle bin are included ({@code queryAll})
	 * @return the rows
	 */
	Stream<Row> rows(ObjectInfo object, boolean includeDeleted);

	/**
	 * The row with that id, whatever its object, deleted or not.
	 * @param id an 18-character id
	 * @return the row and its object, if any
	 */
	Optional<ObjectRow> row(String id);

	/**
	 * The rows of {@code child} whose reference {@code field} holds {@code parentId}; override with an index for
	 * large data sets (child subqueries call this once per parent row).
	 * @param child the child object
	 * @param field the child's reference field
	 * @param parentId the parent's id
	 * @param includeDeleted whether rows in the recycle bin are included
	 * @return the child rows
	 */
	default Stream<Row> children(ObjectInfo child, FieldInfo field, String parentId, boolean includeDeleted) {
		return rows(child, includeDeleted).filter((row) -> parentId.equals(row.value(field)));
	}

	/**
	 * A row together with its object.
	 *
	 * @param object the row's object
	 * @param row the row
	 */
	record ObjectRow(ObjectInfo object, Row row) {

	}

}
