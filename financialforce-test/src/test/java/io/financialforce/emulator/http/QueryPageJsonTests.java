package io.financialforce.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query pages written token by token: the API's value forms, key order and record urls at the request's version.
 */
class QueryPageJsonTests {

	@Test
	void writesValuesInTheFormsOfTheRecordApi() throws IOException {
		List<Object> values = new ArrayList<>(List.of("text \"quoted\" é", true, 42, new BigDecimal("12.50"),
				new BigDecimal("100"), new BigDecimal("0.000"), new BigDecimal("-3.14159"), 7L, 2.5d,
				LocalDate.of(2026, 3, 1), LocalDate.of(12, 1, 9), LocalDate.of(10000, 12, 31),
				Instant.parse("2026-06-01T08:00:00.123Z")));
		values.add(null);
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("attributes", Map.of("type", "Account"));
		ObjectNode expected = Json.object();
		expected.put("totalSize", 1);
		expected.put("done", true);
		ObjectNode expectedRecord = expected.putArray("records").addObject();
		expectedRecord.putObject("attributes").put("type", "Account");
		for (int i = 0; i < values.size(); i++) {
			record.put("f" + i, values.get(i));
			Object value = values.get(i);
			expectedRecord.set("f" + i, Json.value((value instanceof Number number && !(value instanceof Integer)
					&& !(value instanceof BigDecimal)) ? new BigDecimal(number.toString()) : value));
		}
		record.put("t", LocalTime.of(9, 30));
		expectedRecord.put("t", "09:30Z");
		String written = write(new QueryPageJson("/services/data/v64.0"),
				new QueryApi.Page(List.of(record), 1, null, "64.0"));
		assertThat(written).isEqualTo(new String(Json.MAPPER.writeValueAsBytes(expected), StandardCharsets.UTF_8));
		assertThat(written).contains("\"f3\":12.5,\"f4\":100.0,\"f5\":0.0,").contains("\"f9\":\"2026-03-01\"")
			.contains("\"f10\":\"0012-01-09\"").contains("\"f12\":\"2026-06-01T08:00:00.123+0000\"");
	}

	@Test
	void writesTotalSizeDoneAndNextRecordsUrlBeforeTheRecords() throws IOException {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("attributes", Map.of("type", "Account", "url", "/services/data/v60.0/sobjects/Account/001x"));
		record.put("Owner", Map.of("attributes", Map.of("url", "/services/data/v60.0/sobjects/User/005x")));
		record.put("Children", Map.of("records", List.of()));
		String written = write(new QueryPageJson("/services/data/v64.0"),
				new QueryApi.Page(List.of(record), 4001, "01gDm0000000001-2000", "60.0"));
		assertThat(written).startsWith("{\"totalSize\":4001,\"done\":false,"
				+ "\"nextRecordsUrl\":\"/services/data/v64.0/query/01gDm0000000001-2000\",\"records\":[");
		ArrayNode records = (ArrayNode) Json.parse(written.getBytes(StandardCharsets.UTF_8)).path("records");
		assertThat(records.get(0).path("attributes").path("url").asString())
			.isEqualTo("/services/data/v64.0/sobjects/Account/001x");
		assertThat(records.get(0).path("Owner").path("attributes").path("url").asString())
			.isEqualTo("/services/data/v64.0/sobjects/User/005x");
	}

	@Test
	void versionsRecordUrlsAsTheRequestAsksWithoutRegularExpressions() {
		QueryPageJson json = new QueryPageJson("/services/data/v64.0");
		for (String url : List.of("/services/data/v60.0/sobjects/Account/001", "/services/data/v64.0/sobjects/A/1",
				"/services/data/v9.5", "/services/data/v123.45/x", "/services/data/vX.0/x", "/services/data/v60/x",
				"/services/data/v60./x", "/other/v60.0", "", "/services/data/v")) {
			assertThat(json.versioned(url)).as(url)
				.isEqualTo(url.replaceFirst("^/services/data/v\\d+\\.\\d", "/services/data/v64.0"));
		}
	}

	private static String write(QueryPageJson json, QueryApi.Page page) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ApiResponse.streamedJson(200, (generator) -> json.write(generator, page)).writeBody(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
