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

import io.financialforce.emulator.DemoCredentials;
import io.financialforce.soql.Soql;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU floor of reading: the same HTTP requests and bytes (gzip, as the library asks for), each page parsed with
 * a Jackson streaming parser that only counts records and sums one decimal field, with no mapping at all and nothing
 * kept.
 */
final class RawJackson implements SoqlClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final String instanceUrl;

	private final String accessToken;

	RawJackson(String instanceUrl, String accessToken) {
		this.instanceUrl = instanceUrl;
		this.accessToken = accessToken;
	}

	RawJackson(EmulatorProcess org) {
		this(org.instanceUrl(), org.accessToken());
	}

	/**
	 * Logs in with the OAuth password grant.
	 * @param loginUrl the org's login URL
	 * @return a raw client of that org
	 */
	static RawJackson login(String loginUrl) {
		String[] session = RawSession.login(HttpClient.newHttpClient(), loginUrl, DemoCredentials.demo());
		return new RawJackson(session[0], session[1]);
	}

	@Override
	public long query(String soql, boolean keep) {
		String next = "/services/data/v64.0/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
		long records = 0;
		while (next != null) {
			Page page = read(next);
			records += page.records();
			next = page.next();
		}
		return records;
	}

	@Override
	public long count(String soql) {
		return read("/services/data/v64.0/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8)).totalSize();
	}

	@Override
	public long findInvoice(String id) {
		return Math.min(1, query(SoqlReads.invoices().where(Soql.field("Id").eq(id)).build().toSoql(), false));
	}

	private Page read(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.instanceUrl + path))
			.header("Authorization", "Bearer " + this.accessToken)
			.header("Sforce-Query-Options", "batchSize=2000")
			.header("Accept-Encoding", "gzip")
			.build();
		long records = 0;
		long totalSize = 0;
		BigDecimal sum = BigDecimal.ZERO;
		String next = null;
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
				else if (token == JsonToken.PROPERTY_NAME && depth == 1) {
					if ("nextRecordsUrl".equals(parser.currentName())) {
						next = parser.nextStringValue();
					}
					else if ("totalSize".equals(parser.currentName())) {
						parser.nextToken();
						totalSize = parser.getLongValue();
					}
				}
				else if (token == JsonToken.VALUE_NUMBER_FLOAT && depth == 2) {
					sum = sum.add(parser.getDecimalValue());
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
		return new Page((sum.signum() >= 0) ? records : -records, totalSize, next);
	}

	private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
		boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
		return gzip ? new GZIPInputStream(response.body()) : response.body();
	}

	private record Page(long records, long totalSize, @Nullable String next) {
	}

}
