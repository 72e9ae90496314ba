package io.financialforce.core.convert;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SalesforceTimeTests {

	@Test
	void parsesDateTimesAsTheApiSendsThemAndIsoOffsets() {
		OffsetDateTime expected = OffsetDateTime.of(2024, 1, 31, 12, 34, 56, 0, ZoneOffset.UTC);
		assertThat(SalesforceTime.parseDateTime("2024-01-31T12:34:56.000+0000")).isEqualTo(expected);
		assertThat(SalesforceTime.parseDateTime("2024-01-31T12:34:56Z")).isEqualTo(expected);
		assertThat(SalesforceTime.parseDateTime("2024-01-31T13:34:56.000+01:00").toInstant())
			.isEqualTo(expected.toInstant());
		assertThat(SalesforceTime.parseDateTime("2024-01-31T12:34:56.123+0000").getNano()).isEqualTo(123_000_000);
	}

	@Test
	void readsTheApisOwnFormsWithoutAFormatterAndRefusesImpossibleValues() {
		assertThat(SalesforceTime.parseDateTime("1999-12-31T23:59:59.999+0000"))
			.isEqualTo(java.time.OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_000_000, java.time.ZoneOffset.UTC));
		assertThat(SalesforceTime.parseDate("2024-02-29")).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
		assertThatExceptionOfType(java.time.DateTimeException.class)
			.isThrownBy(() -> SalesforceTime.parseDate("2023-02-29"));
		assertThatExceptionOfType(java.time.DateTimeException.class)
			.isThrownBy(() -> SalesforceTime.parseDateTime("2024-01-31T24:00:00.000+0000"));
		assertThatExceptionOfType(java.time.DateTimeException.class)
			.isThrownBy(() -> SalesforceTime.parseDate("2024-1-31"));
		assertThatExceptionOfType(java.time.DateTimeException.class)
			.isThrownBy(() -> SalesforceTime.parseDateTime("2024-01-3xT12:34:56.000+0000"));
	}

	@Test
	void refusesDateTimesWithoutOffset() {
		assertThatExceptionOfType(DateTimeParseException.class)
			.isThrownBy(() -> SalesforceTime.parseDateTime("2024-01-31T12:34:56"));
	}

	@Test
	void writesDateTimesInUtcWithMilliseconds() {
		assertThat(SalesforceTime.formatDateTime(Instant.parse("2024-01-31T12:34:56.789Z")))
			.isEqualTo("2024-01-31T12:34:56.789+0000");
	}

	@Test
	void readsAndWritesTimesOfDay() {
		assertThat(SalesforceTime.parseTime("08:15:00.000Z")).isEqualTo(LocalTime.of(8, 15));
		assertThat(SalesforceTime.parseTime("08:15:00")).isEqualTo(LocalTime.of(8, 15));
		assertThat(SalesforceTime.formatTime(LocalTime.of(8, 15))).isEqualTo("08:15:00.000Z");
	}


	@Test
	void readsADateFromAParsersCharacterBufferOrLeavesOtherFormsToTheStringPath() {
		char[] buffer = "xx2024-02-29yy2024-1-31 2023-02-29".toCharArray();

		assertThat(SalesforceTime.parseDate(buffer, 2, 10)).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
		assertThat(SalesforceTime.parseDate(buffer, 14, 9)).isNull();
		assertThat(SalesforceTime.parseDate("2024-0a-29".toCharArray(), 0, 10)).isNull();
		assertThatExceptionOfType(java.time.DateTimeException.class)
			.isThrownBy(() -> SalesforceTime.parseDate(buffer, 24, 10));
	}

	@Test
	void readsAnInstantFromAParsersCharacterBufferAsTheStringPathDoes() {
		String[] texts = { "2024-01-31T12:34:56.789+0000", "1999-12-31T23:59:59.999+0000", "1970-01-01T00:00:00.000+0000",
				"1969-12-31T23:59:59.001+0000", "2024-02-29T00:00:00.000+0000" };
		for (String text : texts) {
			char[] buffer = ("[\"" + text + "\"]").toCharArray();
			assertThat(SalesforceTime.parseUtcInstant(buffer, 2, text.length()))
				.isEqualTo(SalesforceTime.parseDateTime(text).toInstant());
		}
	}

	@Test
	void leavesOtherFormsAndOutOfRangeFieldsOfInstantsToTheStringPath() {
		for (String text : new String[] { "2024-01-31T12:34:56.000+0100", "2024-01-31T12:34:56.000-0000",
				"2024-01-31T12:34:56Z", "2024-01-31T24:00:00.000+0000", "2024-01-31T12:60:00.000+0000",
				"2024-01-31T12:34:60.000+0000", "2024-01-3xT12:34:56.000+0000", "2024-01-31 12:34:56.000+0000" }) {
			assertThat(SalesforceTime.parseUtcInstant(text.toCharArray(), 0, text.length())).as(text).isNull();
		}
		assertThatExceptionOfType(java.time.DateTimeException.class)
			.isThrownBy(() -> SalesforceTime.parseUtcInstant("2023-02-29T00:00:00.000+0000".toCharArray(), 0, 28));
	}

}
