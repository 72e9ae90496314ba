package io.financialforce.core.mapping;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A Java type cannot be mapped as annotated: a bad API name, two external ids, an id that is not a {@code String},
 * and the like. The message names the type, the property and what to change.
 *
 * @since 0.1.0
 */
public class InvalidMappingException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what is wrong and what to do
	 */
	public InvalidMappingException(String message) {
		super(message);
	}

}
