package io.financialforce.core.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Turns entity-typed values into the plain values SOQL literals are made of, so that queries can bind whatever a
 * mapped property holds: an enum becomes its picklist value, a {@link Money} its amount, a collection (for
 * {@code IN} and {@code INCLUDES}) a list of converted elements. Strings, numbers, booleans, dates and date-times
 * pass unchanged. The {@code soql} renderer stays the only place that turns the result into SOQL text.
 *
 * @since 0.1.0
 */
public final class SoqlValues {

	private SoqlValues() {
	}

	/**
	 * The plain value standing for a property value in SOQL.
	 * @param value the value of a mapped property, or {@code null}
	 * @return the value to bind: {@code String}, {@code Number}, {@code Boolean}, a date or date-time, a
	 * {@code List} of such, or {@code null}
	 * @throws InvalidDataAccessApiUsageException for compound values ({@link Address}, {@link GeoLocation}), which
	 * SOQL filters only through their component fields, and for the {@link UnknownPicklistValue} constant
	 */
	public static @Nullable Object toSoqlValue(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return apiValue(constant);
		}
		if (value instanceof Money money) {
			return money.amount();
		}
		if (value instanceof Collection<?> values) {
			List<@Nullable Object> converted = new ArrayList<>(values.size());
			for (Object element : values) {
				converted.add(toSoqlValue(element));
			}
			return converted;
		}
		if (value instanceof Address || value instanceof GeoLocation) {
			throw new InvalidDataAccessApiUsageException("SOQL cannot compare a compound "
					+ value.getClass().getSimpleName() + "; filter on its component fields (BillingCity,"
					+ " Location__Latitude__s, ...) or use DISTANCE in a raw query");
		}
		return value;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static String apiValue(Enum<?> constant) {
		return PicklistEnum.of((Class) constant.getDeclaringClass()).apiValue((Enum) constant);
	}

}
