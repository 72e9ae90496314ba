package io.financialforce.client;

import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;

import static io.financialforce.client.MockApi.BASE;
import static io.financialforce.client.MockApi.TOKEN;
import static io.financialforce.client.MockApi.json;
import static io.financialforce.client.MockApi.take;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire tests of the read calls of {@link FinancialForceClient}: versions, limits, usage, gzip.
 */
class FinancialForceClientReadTests {

	@StartStop
	final MockWebServer server = new MockWebServer();

	@Test
	void listsVersionsWithoutQueryString() throws Exception {
		this.server.enqueue(json("[{\"label\":\"Summer '25\",\"url\":\"/services/data/v64.0\",\"version\":\"64.0\"},"
				+ "{\"label\":\"Winter '26\",\"url\":\"/services/data/v65.0\",\"version\":\"65.0\"}]"));
		FinancialForceClient client = MockApi.client(this.server).build();

		List<ApiVersion> versions = client.versions();

		assertThat(versions).extracting(ApiVersion::version).containsExactly("64.0", "65.0");
		RecordedRequest request = take(this.server);
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/services/data");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(client.requestCount(RequestKind.VERSIONS)).isEqualTo(1);
	}

	@Test
	void appliesTheGivenRestClientBuilder() throws Exception {
		this.server.enqueue(json("[]"));
		RestClient.Builder customized = RestClient.builder()
			.defaultHeader("X-Customized", "yes")
			.requestInterceptor((request, body, execution) -> {
				request.getHeaders().set("X-Intercepted", "yes");
				return execution.execute(request, body);
			});

		MockApi.client(this.server).restClientBuilder(customized).build().versions();

		RecordedRequest request = take(this.server);
		assertThat(request.getHeaders().get("X-Customized")).isEqualTo("yes");
		assertThat(request.getHeaders().get("X-Intercepted")).isEqualTo("yes");
	}

	@Test
	void logsTheSoqlAtDebug() {
		this.server.enqueue(json("{\"totalSize\":0,\"done\":true,\"records\":[]}"));
		Logger logger = (Logger) LoggerFactory.getLogger(FinancialForceClient.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		Level level = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		try {
			MockApi.client(this.server).build().query("SELECT Id FROM Account WHERE Name = 'O''Neil'").close();
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
		}

		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("SOQL (query): SELECT Id FROM Account WHERE Name = 'O''Neil'");
		assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
	}

	@Test
	void readsGzipAnswersAndLimitInfo() throws Exception {
		Buffer gzipped = new Buffer();
		try (okio.BufferedSink sink = okio.Okio.buffer(new okio.GzipSink(gzipped))) {
			sink.writeUtf8("{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14998},"
					+ "\"DataStorageMB\":{\"Max\":5,\"Remaining\":5},\"Other\":42}");
		}
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.addHeader("Content-Encoding", "gzip")
			.addHeader("Sforce-Limit-Info", "api-usage=25/15000; per-app-api-usage=17/250(appName=x)")
			.body(gzipped)
			.build());
		FinancialForceClient client = MockApi.client(this.server).build();
		assertThat(client.apiUsage()).isEmpty();

		Map<String, OrgLimit> limits = client.limits();

		assertThat(limits).containsEntry("DailyApiRequests", new OrgLimit(15000, 14998))
			.containsEntry("DataStorageMB", new OrgLimit(5, 5))
			.doesNotContainKey("Other");
		assertThat(client.apiUsage()).contains(new ApiUsage(25, 15000));
		assertThat(client.apiUsage().orElseThrow().remaining()).isEqualTo(14975);
		RecordedRequest request = take(this.server);
		assertThat(request.getTarget()).isEqualTo(BASE + "/limits");
		assertThat(String.join(",", request.getHeaders().values("Accept-Encoding"))).contains("gzip");
	}

	@Test
	void speaksHttp11WithoutOfferingAnUpgrade() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{}")
			.build());
		FinancialForceClient client = MockApi.client(this.server).build();

		client.limits();

		RecordedRequest request = take(this.server);
		assertThat(request.getHeaders().get("Upgrade")).isNull();
		assertThat(request.getHeaders().get("HTTP2-Settings")).isNull();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

}
