package io.financialforce.core.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SoqlValuesTests {

	@Test
	void bindsEnumsByTheirPicklistValue() {
		assertThat(SoqlValues.toSoqlValue(Status.IN_PROGRESS)).isEqualTo("In Progress");
		assertThat(SoqlValues.toSoqlValue(Status.Complete)).isEqualTo("Complete");
	}

	@Test
	void bindsMoneyByItsAmountKeepingScale() {
		assertThat(SoqlValues.toSoqlValue(Money.of("1500.50", "EUR"))).isEqualTo(new BigDecimal("1500.50"));
	}

	@Test
	void bindsCollectionsElementByElement() {
		assertThat(SoqlValues.toSoqlValue(EnumSet.of(Status.IN_PROGRESS, Status.Complete)))
			.isEqualTo(List.of("In Progress", "Complete"));
	}

	@Test
	void passesPlainValuesUnchanged() {
		LocalDate date = LocalDate.of(2024, 1, 31);
		assertThat(SoqlValues.toSoqlValue(date)).isSameAs(date);
		assertThat(SoqlValues.toSoqlValue("x")).isEqualTo("x");
		assertThat(SoqlValues.toSoqlValue(null)).isNull();
	}

	@Test
	void refusesCompoundValuesAndTheUnknownConstant() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> SoqlValues.toSoqlValue(new GeoLocation(1, 2)))
			.withMessageStartingWith("SOQL cannot compare a compound GeoLocation");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> SoqlValues.toSoqlValue(Status.OTHER))
			.withMessageStartingWith("Status.OTHER is the @UnknownPicklistValue constant");
	}

	enum Status {

		@PicklistValue("In Progress")
		IN_PROGRESS, Complete, @UnknownPicklistValue
		OTHER

	}

}
