package io.financialforce.autoconfigure.observation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class ApiCallTests {

	private static final String BASE = "https://acme.my.salesforce.com/services/data/v65.0";

	@Test
	void namesEveryOperationOfTheRestApi() {
		assertThat(call(HttpMethod.GET, "/sobjects/Account/001000000000001AAA")).isEqualTo(
				new ApiCall("retrieve", "Account", 1, false));
		assertThat(call(HttpMethod.PATCH, "/sobjects/Account/001000000000001AAA"))
			.isEqualTo(new ApiCall("update", "Account", 1, false));
		assertThat(call(HttpMethod.DELETE, "/sobjects/Account/001000000000001AAA"))
			.isEqualTo(new ApiCall("delete", "Account", 1, false));
		assertThat(call(HttpMethod.PATCH, "/sobjects/Account/Ext__c/A-1")).isEqualTo(
				new ApiCall("upsert", "Account", 1, false));
		assertThat(call(HttpMethod.GET, "/sobjects")).isEqualTo(new ApiCall("describeGlobal", "none", -1, false));
		assertThat(call(HttpMethod.GET, "/query/01gxx-2000")).isEqualTo(new ApiCall("queryMore", "none", -1, true));
		assertThat(call(HttpMethod.GET, "/queryAll?q=SELECT%20Id%20FROM%20c2g__codaInvoice__c"))
			.isEqualTo(new ApiCall("queryAll", "c2g__codaInvoice__c", -1, true));
		assertThat(call(HttpMethod.DELETE, "/composite/sobjects?ids=001000000000001AAA,001000000000002AAA"))
			.isEqualTo(new ApiCall("deleteAll", "none", 2, false));
		assertThat(call(HttpMethod.POST, "/composite")).isEqualTo(new ApiCall("composite", "none", -1, false));
	}

	@Test
	void countsTheRecordsOfCollectionsAndTakesTheirSObject() {
		byte[] body = ("{\"allOrNone\":false,\"records\":[{\"attributes\":{\"type\":\"Contact\"},\"LastName\":\"a\"},"
				+ "{\"attributes\":{\"type\":\"Contact\"},\"LastName\":\"b\"}]}").getBytes(StandardCharsets.UTF_8);
		assertThat(ApiCall.of(HttpMethod.POST, URI.create(BASE + "/composite/sobjects"), body))
			.isEqualTo(new ApiCall("createAll", "Contact", 2, false));
		assertThat(ApiCall.of(HttpMethod.PATCH, URI.create(BASE + "/composite/sobjects/Contact/Ext__c"), body))
			.isEqualTo(new ApiCall("upsertAll", "Contact", 2, false));
	}

	@Test
	void countsTopLevelRecordsOnlyIgnoringStringsAndChildRecords() throws IOException {
		String page = "{\"totalSize\":2,\"done\":true,\"records\":[{\"Name\":\"records [ { \\\" ]\","
				+ "\"Contacts\":{\"records\":[{},{}]}},{\"Name\":\"b\"}],\"nextRecordsUrl\":\"/x\"}";
		try (RecordCounter counter = new RecordCounter(
				new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)))) {
			counter.readAllBytes();
			assertThat(counter.count()).isEqualTo(2);
		}
	}

	private static ApiCall call(HttpMethod method, String path) {
		return ApiCall.of(method, URI.create(BASE + path), new byte[0]);
	}

}
