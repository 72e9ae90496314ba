package io.financialforce.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.financialforce.ApiError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The result of one subrequest of a composite call.
 *
 * @param body the subrequest's answer, for example {@code {"id":"001...","success":true,"errors":[]}} or an error
 * array; {@literal null} when empty
 * @param httpHeaders the subrequest's headers
 * @param httpStatusCode the subrequest's status
 * @param referenceId the subrequest's reference id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompositeSubresponse(@Nullable JsonNode body, @Nullable Map<String, String> httpHeaders,
		int httpStatusCode, String referenceId) {

	/**
	 * Whether the subrequest succeeded.
	 * @return whether the status is 2xx
	 */
	public boolean isSuccess() {
		return this.httpStatusCode >= 200 && this.httpStatusCode < 300;
	}

	/**
	 * The errors of a failed subrequest ({@code PROCESSING_HALTED} for those rolled back by another's failure).
	 * @return the errors, empty on success
	 */
	public List<ApiError> errors() {
		List<ApiError> errors = new ArrayList<>();
		if (!isSuccess() && this.body != null) {
			for (JsonNode error : this.body.isArray() ? this.body : List.of(this.body)) {
				List<String> fields = new ArrayList<>();
				error.path("fields").forEach((field) -> fields.add(field.asString()));
				errors.add(new ApiError(error.path("errorCode").asString(null), error.path("message").asString(null),
						fields));
			}
		}
		return errors;
	}

}
