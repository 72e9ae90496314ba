package io.financialforce.core.convert;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * The wire formats of dates and times: {@code 2024-01-31T12:34:56.000+0000} (date-time, always UTC from the API,
 * {@code Z} and {@code +01:00} accepted too) and {@code 12:34:56.000Z} (time of day).
 */
final class SalesforceTime {

	private static final DateTimeFormatter DATE_TIME_PARSER = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "+0000")
		.optionalEnd()
		.toFormatter();

	private static final DateTimeFormatter DATE_TIME_WRITER = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter TIME_WRITER = DateTimeFormatter.ofPattern("HH:mm:ss.SSS'Z'");

	private SalesforceTime() {
	}

	static OffsetDateTime parseDateTime(String text) {
		return OffsetDateTime.parse(text, DATE_TIME_PARSER);
	}

	static String formatDateTime(Instant instant) {
		return DATE_TIME_WRITER.format(instant);
	}

	static LocalTime parseTime(String text) {
		return LocalTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
	}

	static String formatTime(LocalTime time) {
		return TIME_WRITER.format(time);
	}

}
