package io.financialforce.emulator.query;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Something a query reads from a row (a field, a date function of a field) or from a group of rows (a grouped key,
 * an aggregate), with the type of its values.
 *
 * @param <T> what it reads from: a {@link Row} or a group
 * @param reader reads the value
 * @param type the type of the values
 * @param name the name shown in error messages
 */
record Term<T>(Function<T, @Nullable Object> reader, FieldType type, String name) {

	@Nullable Object read(T source) {
		return this.reader.apply(source);
	}

}
