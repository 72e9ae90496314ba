package io.financialforce.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One API version an org serves, from {@code GET /services/data}.
 *
 * @param label the release name, for example {@code Winter '26}
 * @param url the version's base path, for example {@code /services/data/v65.0}
 * @param version the version, for example {@code 65.0}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiVersion(String label, String url, String version) {

}
