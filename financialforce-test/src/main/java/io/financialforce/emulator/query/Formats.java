package io.financialforce.emulator.query;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.financialforce.soql.SoqlFunction;
import org.jspecify.annotations.Nullable;

/**
 * The presentation functions of a select list. {@code toLabel} gives the picklist label ({@link FieldInfo#labelOf});
 * {@code convertCurrency} gives the amount unchanged, since the emulator converts no currencies (every amount is
 * in the record's own currency); {@code FORMAT} formats for the {@code en_US} locale: numbers with grouping and the
 * field's scale, dates {@code M/d/yyyy}, date-times {@code M/d/yyyy h:mm a} in the user's time zone.
 */
final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US);

	private Formats() {
	}

	static Function<@Nullable Object, @Nullable Object> of(SoqlFunction function, FieldInfo field, Dates dates) {
		return switch (function) {
			case TO_LABEL -> (value) -> label(field, value);
			case CONVERT_CURRENCY -> {
				if (field.type() != FieldType.CURRENCY) {
					throw QueryErrors.malformed("convertCurrency can only be applied to a currency field: "
							+ field.name());
				}
				yield (value) -> value;
			}
			case FORMAT -> (value) -> format(field, value, dates);
			default -> throw QueryErrors.malformed(function.soqlName() + "() cannot be used in the select list");
		};
	}

	private static @Nullable Object label(FieldInfo field, @Nullable Object value) {
		if (!(value instanceof String text)) {
			return value;
		}
		if (field.type() == FieldType.MULTIPICKLIST) {
			return Arrays.stream(text.split(";")).map(field::labelOf).collect(Collectors.joining(";"));
		}
		return field.labelOf(text);
	}

	private static @Nullable Object format(FieldInfo field, @Nullable Object value, Dates dates) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
			int scale = (field.type() == FieldType.INT) ? 0 : field.scale();
			format.setMinimumFractionDigits(scale);
			format.setMaximumFractionDigits(scale);
			format.setRoundingMode(RoundingMode.HALF_UP);
			return format.format(Values.decimal(number).setScale(scale, RoundingMode.HALF_UP));
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(dates.zone()));
		}
		return value;
	}

}
