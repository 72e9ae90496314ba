package io.financialforce.emulator.query;

import org.jspecify.annotations.Nullable;

/**
 * One stored record as the evaluator reads it.
 */
public interface Row {

	/**
	 * The record's 18-character id.
	 * @return the id
	 */
	String id();

	/**
	 * The value of a field, held as the Java type {@link FieldType} names for the field's type.
	 * @param field the field, from the row's {@link ObjectInfo}
	 * @return the value, or {@code null}
	 */
	@Nullable Object value(FieldInfo field);

	/**
	 * Whether the record is in the recycle bin (only {@code queryAll} sees those).
	 * @return {@code true} when deleted
	 */
	boolean deleted();

}
