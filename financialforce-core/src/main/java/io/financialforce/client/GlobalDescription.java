package io.financialforce.client;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The global describe ({@code GET /sobjects}): every object the user can see.
 *
 * @param encoding the org's encoding
 * @param maxBatchSize the most records per batch call
 * @param sobjects the objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlobalDescription(@Nullable String encoding, int maxBatchSize, List<SObjectSummary> sobjects) {

	/**
	 * Normalizes a missing list to an empty one.
	 */
	public GlobalDescription {
		sobjects = (sobjects != null) ? List.copyOf(sobjects) : List.of();
	}

	/**
	 * Finds an object by name, ignoring case.
	 * @param name the API name
	 * @return the object, if the user can see it
	 */
	public Optional<SObjectSummary> sobject(String name) {
		return this.sobjects.stream().filter((sobject) -> sobject.name().equalsIgnoreCase(name)).findFirst();
	}

}
