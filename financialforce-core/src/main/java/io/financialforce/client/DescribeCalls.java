package io.financialforce.client;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.financialforce.client.observation.ClientOperation;
import io.financialforce.client.observation.FinancialForceObservationContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describe calls with a per-client cache by object name (case-insensitive), revalidated with
 * {@code If-Modified-Since} on request. Only fetches are observed, not answers from the cache.
 */
final class DescribeCalls {

	private record Entry(SObjectDescription description, @Nullable String lastModified) {

	}

	private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();

	private final ApiTransport transport;

	private final ApiPaths paths;

	private final JsonMapper mapper;

	private final ClientObservations observations;

	DescribeCalls(ApiTransport transport, ApiPaths paths, JsonMapper mapper, ClientObservations observations) {
		this.transport = transport;
		this.paths = paths;
		this.mapper = mapper;
		this.observations = observations;
	}

	GlobalDescription global() {
		return this.observations.observe(this.observations.context(ClientOperation.DESCRIBE_GLOBAL, null),
				() -> this.transport.execute(new ApiTransport.Call(RequestKind.DESCRIBE, HttpMethod.GET,
						this.paths.path("/sobjects"), null, new HttpHeaders(), true),
						(status, headers, in) -> this.mapper.readValue(in, GlobalDescription.class)));
	}

	SObjectDescription describe(String sObject) {
		Entry cached = this.cache.get(key(sObject));
		return (cached != null) ? cached.description() : refresh(sObject);
	}

	SObjectDescription refresh(String sObject) {
		Entry cached = this.cache.get(key(sObject));
		HttpHeaders headers = new HttpHeaders();
		if (cached != null && cached.lastModified() != null) {
			headers.set(HttpHeaders.IF_MODIFIED_SINCE, cached.lastModified());
		}
		FinancialForceObservationContext observed = this.observations.context(ClientOperation.DESCRIBE, sObject);
		Entry entry = this.observations.observe(observed, () -> this.transport.execute(new ApiTransport.Call(
				RequestKind.DESCRIBE, HttpMethod.GET, this.paths.sobject(sObject) + "/describe", null, headers, true),
				(status, answerHeaders, in) -> {
					if (status == 304 && cached != null) {
						return cached;
					}
					String lastModified = answerHeaders.getFirst(HttpHeaders.LAST_MODIFIED);
					return new Entry(this.mapper.readValue(in, SObjectDescription.class),
							(lastModified != null) ? lastModified : answerHeaders.getFirst(HttpHeaders.DATE));
				}));
		this.cache.put(key(sObject), entry);
		return entry.description();
	}

	private static String key(String sObject) {
		return sObject.toLowerCase(Locale.ROOT);
	}

}
