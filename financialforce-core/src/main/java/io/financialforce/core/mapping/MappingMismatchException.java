package io.financialforce.core.mapping;

import java.util.List;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

/**
 * The mapping of one or more types does not match the org's describe metadata: unknown sObjects, fields or
 * relationships (with "did you mean" suggestions), Java types that cannot hold a field's values, or fields written
 * that the org does not let anyone write. All problems found are reported together.
 *
 * @since 0.1.0
 */
public class MappingMismatchException extends InvalidDataAccessResourceUsageException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	/**
	 * Creates the exception.
	 * @param message the whole report
	 * @param problems each problem found, one line each
	 */
	public MappingMismatchException(String message, List<String> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems found, each naming the type, the property and what to change.
	 * @return the problems
	 */
	public List<String> getProblems() {
		return this.problems;
	}

}
