package io.financialforce.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One limit of the org from {@code GET /limits}, for example {@code DailyApiRequests}.
 *
 * @param max the allocation
 * @param remaining what is left
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgLimit(@JsonProperty("Max") long max, @JsonProperty("Remaining") long remaining) {

}
