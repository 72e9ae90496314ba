package io.financialforce.soql;

import java.util.Arrays;
import java.util.List;

/**
 * A field, possibly reached through parent relationships: {@code Name}, {@code c2g__Account__r.Name},
 * {@code Account.Owner.Name}. Names are kept as written; SOQL compares them case-insensitively.
 *
 * @param segments the names from the outermost relationship to the field, at least one
 */
public record FieldPath(List<String> segments) implements Expression {

	public FieldPath {
		segments = List.copyOf(SoqlChecks.notNull(segments, "segments"));
		if (segments.isEmpty()) {
			throw new IllegalArgumentException("A field path needs at least one name");
		}
		segments.forEach((segment) -> SoqlChecks.identifier(segment, "field name"));
	}

	/**
	 * A field path from its dotted form.
	 * @param path e.g. {@code Account.Name}
	 * @return the path
	 * @throws IllegalArgumentException if a segment is not a valid SOQL name
	 */
	public static FieldPath of(String path) {
		SoqlChecks.notNull(path, "path");
		return new FieldPath(Arrays.asList(path.split("\\.", -1)));
	}

	/**
	 * The field's own name: the last segment.
	 * @return the field name
	 */
	public String field() {
		return this.segments.get(this.segments.size() - 1);
	}

	/**
	 * The dotted form, e.g. {@code Account.Name}.
	 * @return the path as SOQL text
	 */
	public String dotted() {
		return String.join(".", this.segments);
	}

}
