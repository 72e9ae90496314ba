package io.financialforce.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;

import io.financialforce.core.mapping.Money;
import io.financialforce.soql.Operand;
import io.financialforce.soql.Select;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Checks that a value compared with a property can stand for that property's type, so that a wrong value fails
 * before any API call with a message naming the property, rather than as the org's type error.
 */
final class ValueTypes {

	private ValueTypes() {
	}

	/**
	 * Whether {@code value} may be compared with a property of {@code propertyType}.
	 */
	static boolean fits(Class<?> propertyType, @Nullable Object value) {
		if (value == null || value instanceof Operand || value instanceof Select) {
			return true;
		}
		if (value instanceof Collection<?> values) {
			return values.stream().allMatch((element) -> fits(propertyType, element));
		}
		Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(propertyType);
		if (type.isEnum()) {
			return type.isInstance(value) || value instanceof CharSequence;
		}
		if (Number.class.isAssignableFrom(type) || type == Money.class) {
			return value instanceof Number || value instanceof Money;
		}
		if (type == String.class || type == Character.class) {
			return value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>;
		}
		if (type == Boolean.class) {
			return value instanceof Boolean;
		}
		if (type == LocalDate.class) {
			return value instanceof LocalDate;
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime;
		}
		if (type == LocalTime.class) {
			return value instanceof LocalTime;
		}
		return true;
	}

}
