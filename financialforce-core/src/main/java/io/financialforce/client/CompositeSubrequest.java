package io.financialforce.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One subrequest of a composite call.
 *
 * @param method the HTTP method, for example {@code POST}
 * @param url the resource, for example {@code /services/data/v65.0/sobjects/Account}; may reference earlier results
 * as {@code @{referenceId.id}}
 * @param referenceId the name later subrequests use to reference this one's result
 * @param body the body, any value Jackson can write, or {@literal null}
 * @param httpHeaders extra headers
 */
public record CompositeSubrequest(String method, String url, String referenceId, @Nullable Object body,
		Map<String, String> httpHeaders) {

	/**
	 * Validates the subrequest.
	 * @param method not empty
	 * @param url not empty
	 * @param referenceId not empty
	 * @param body the body or {@literal null}
	 * @param httpHeaders the headers
	 */
	public CompositeSubrequest {
		Assert.hasText(method, "'method' must not be empty");
		Assert.hasText(url, "'url' must not be empty");
		Assert.hasText(referenceId, "'referenceId' must not be empty");
		httpHeaders = (httpHeaders != null) ? Map.copyOf(httpHeaders) : Map.of();
	}

	/**
	 * Creates a subrequest without extra headers.
	 * @param method the HTTP method
	 * @param url the resource
	 * @param referenceId the reference id
	 * @param body the body or {@literal null}
	 * @return the subrequest
	 */
	public static CompositeSubrequest of(String method, String url, String referenceId, @Nullable Object body) {
		return new CompositeSubrequest(method, url, referenceId, body, Map.of());
	}

}
