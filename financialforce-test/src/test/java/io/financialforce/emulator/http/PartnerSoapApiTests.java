package io.financialforce.emulator.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values as the partner SOAP API writes them in query results.
 */
class PartnerSoapApiTests {

	@Test
	void writesValuesInTheFormsOfTheRecordApi() {
		assertThat(PartnerSoapApi.text("a & b")).isEqualTo("a & b");
		assertThat(PartnerSoapApi.text(new BigDecimal("12.50"))).isEqualTo("12.5");
		assertThat(PartnerSoapApi.text(new BigDecimal("100"))).isEqualTo("100.0");
		assertThat(PartnerSoapApi.text(new BigDecimal("1E+3"))).isEqualTo("1000.0");
		assertThat(PartnerSoapApi.text(7L)).isEqualTo("7.0");
		assertThat(PartnerSoapApi.text(5)).isEqualTo("5");
		assertThat(PartnerSoapApi.text(true)).isEqualTo("true");
		assertThat(PartnerSoapApi.text(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
		assertThat(PartnerSoapApi.text(Instant.parse("2026-06-01T08:00:00Z"))).isEqualTo("2026-06-01T08:00:00.000+0000");
		assertThat(PartnerSoapApi.text(LocalTime.of(9, 30, 15))).isEqualTo("09:30:15Z");
	}

	@Test
	void escapesMarkupOnlyWhereItOccurs() {
		assertThat(SoapXml.escape("plain text")).isEqualTo("plain text");
		assertThat(SoapXml.escape("Smith & Sons <\"Ltd\"> 'UK'"))
			.isEqualTo("Smith &amp; Sons &lt;&quot;Ltd&quot;&gt; &apos;UK&apos;");
		assertThat(SoapXml.escape("&")).isEqualTo("&amp;");
		assertThat(SoapXml.escape("")).isEmpty();
	}

}
