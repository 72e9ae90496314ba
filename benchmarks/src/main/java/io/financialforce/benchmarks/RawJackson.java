package io.financialforce.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import io.financialforce.emulator.DemoCredentials;
import io.financialforce.soql.Soql;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU floor of reading: the same HTTP requests and bytes (gzip, as the library asks for), each page parsed with
 * a Jackson streaming parser that only counts records and sums one decimal field, with no mapping at all and nothing
 * kept. It speaks HTTP/1.1 like the library's default client, so that no cleartext HTTP/2 upgrade offer slows it.
 */
final class RawJackson implements SoqlClient {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
			PageScan page = read(next);
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

	private PageScan read(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.instanceUrl + path))
			.header("Authorization", "Bearer " + this.accessToken)
			.header("Sforce-Query-Options", "batchSize=2000")
			.header("Accept-Encoding", "gzip")
			.build();
		try (InputStream body = decoded(this.http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
				JsonParser parser = this.mapper.createParser(body)) {
			return PageScan.of(parser);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
		boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
		return gzip ? new GZIPInputStream(response.body()) : response.body();
	}

}
