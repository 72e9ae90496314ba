package io.financialforce.core.convert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

import org.jspecify.annotations.Nullable;

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
		OffsetDateTime utc = parseUtcMillis(text);
		return (utc != null) ? utc : OffsetDateTime.parse(text, DATE_TIME_PARSER);
	}

	/**
	 * The API's own form, {@code 2024-01-31T12:34:56.789+0000}, read without a formatter (the formatter costs more
	 * than the rest of reading a record); {@code null} for any other form.
	 */
	private static @Nullable OffsetDateTime parseUtcMillis(String text) {
		if (text.length() != 28 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
				|| !text.endsWith("+0000")) {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int millis = digits(text, 20, 23);
		if ((year | month | day | hour | minute | second | millis) < 0) {
			return null;
		}
		return OffsetDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000, ZoneOffset.UTC);
	}

	/**
	 * A date in {@code yyyy-MM-dd}, read without a formatter.
	 * @param text the text
	 * @return the date
	 * @throws java.time.DateTimeException if the text is no such date
	 */
	static LocalDate parseDate(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if ((year | month | day) >= 0) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	/**
	 * A date in {@code yyyy-MM-dd} read from a parser's character buffer, so that no {@code String} is made for it.
	 * @param chars the buffer
	 * @param offset where the text starts
	 * @param length the text's length
	 * @return the date, {@code null} if the text has another form (then read it as {@link #parseDate(String)})
	 * @throws java.time.DateTimeException if the text has the form but is no such date
	 */
	static @Nullable LocalDate parseDate(char[] chars, int offset, int length) {
		if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
			return null;
		}
		int year = digits(chars, offset, offset + 4);
		int month = digits(chars, offset + 5, offset + 7);
		int day = digits(chars, offset + 8, offset + 10);
		return ((year | month | day) >= 0) ? LocalDate.of(year, month, day) : null;
	}

	/**
	 * A date-time in the API's own form, {@code 2024-01-31T12:34:56.789+0000}, read from a parser's character buffer
	 * into an {@link Instant}, so that no {@code String}, {@link OffsetDateTime} or formatter is involved.
	 * @param chars the buffer
	 * @param offset where the text starts
	 * @param length the text's length
	 * @return the instant, {@code null} if the text has another form or a field out of range (then read it as
	 * {@link #parseDateTime(String)})
	 * @throws java.time.DateTimeException if the text has the form but its date does not exist
	 */
	static @Nullable Instant parseUtcInstant(char[] chars, int offset, int length) {
		if (length != 28 || chars[offset + 4] != '-' || chars[offset + 7] != '-' || chars[offset + 10] != 'T'
				|| chars[offset + 13] != ':' || chars[offset + 16] != ':' || chars[offset + 19] != '.'
				|| chars[offset + 23] != '+' || digits(chars, offset + 24, offset + 28) != 0) {
			return null;
		}
		int hour = digits(chars, offset + 11, offset + 13);
		int minute = digits(chars, offset + 14, offset + 16);
		int second = digits(chars, offset + 17, offset + 19);
		int millis = digits(chars, offset + 20, offset + 23);
		if ((hour | minute | second | millis) < 0 || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		LocalDate date = parseDate(chars, offset, 10);
		return (date != null) ? Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3_600 + minute * 60
				+ second, millis * 1_000_000L) : null;
	}

	private static int digits(char[] chars, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
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
