package io.financialforce.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU floor of reading: the same HTTP requests and bytes (gzip, as the library asks for), each page parsed with
 * a Jackson streaming parser that only counts records and sums one decimal field, with no mapping at all.
 */
final class RawJackson {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final String instanceUrl;

	private final String accessToken;

	RawJackson(EmulatorProcess org) {
		this.instanceUrl = org.instanceUrl();
		this.accessToken = org.accessToken();
	}

	long query(String soql) {
		String next = "/services/data/v64.0/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
		long records = 0;
		BigDecimal total = BigDecimal.ZERO;
		while (next != null) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.instanceUrl + next))
				.header("Authorization", "Bearer " + this.accessToken)
				.header("Sforce-Query-Options", "batchSize=2000")
				.header("Accept-Encoding", "gzip")
				.build();
			String following = null;
			try (InputStream body = decoded(this.http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
					JsonParser parser = this.mapper.createParser(body)) {
				int depth = 0;
				for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
					if (token == JsonToken.START_OBJECT) {
						depth++;
						if (depth == 2) {
							records++;
						}
					}
					else if (token == JsonToken.END_OBJECT) {
						depth--;
					}
					else if (token == JsonToken.PROPERTY_NAME && depth == 1
							&& "nextRecordsUrl".equals(parser.currentName())) {
						following = parser.nextStringValue();
					}
					else if (token == JsonToken.VALUE_NUMBER_FLOAT && depth == 2) {
						total = total.add(parser.getDecimalValue());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			next = following;
		}
		return (total.signum() >= 0) ? records : -records;
	}

	private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
		boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
		return gzip ? new GZIPInputStream(response.body()) : response.body();
	}

}
