package io.financialforce.soql;

/**
 * The pattern of a {@code LIKE}: {@code %} matches any run of characters, {@code _} any one character, and a
 * backslash escapes the next {@code %}, {@code _} or backslash so that it matches itself. Build patterns for plain
 * text with {@link #literal(String)}, {@link #startingWith(String)}, {@link #endingWith(String)} and
 * {@link #containing(String)}, which escape the text so that its {@code %} and {@code _} are not wildcards.
 *
 * @param pattern the pattern in the form described above
 */
public record LikePattern(String pattern) implements Operand {

	public LikePattern {
		SoqlChecks.notNull(pattern, "pattern");
		for (int i = 0; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '\\') {
				char next = (i + 1 < pattern.length()) ? pattern.charAt(i + 1) : 0;
				if (next != '%' && next != '_' && next != '\\') {
					throw new IllegalArgumentException("Invalid LIKE pattern '" + pattern
							+ "': a backslash must be followed by %, _ or another backslash");
				}
				i++;
			}
		}
	}

	/**
	 * A pattern matching exactly {@code text}, whatever characters it holds.
	 * @param text the text to match
	 * @return the pattern
	 */
	public static LikePattern literal(String text) {
		return new LikePattern(escape(text));
	}

	/**
	 * A pattern matching text that starts with {@code prefix}.
	 * @param prefix the text to match at the start
	 * @return the pattern
	 */
	public static LikePattern startingWith(String prefix) {
		return new LikePattern(escape(prefix) + "%");
	}

	/**
	 * A pattern matching text that ends with {@code suffix}.
	 * @param suffix the text to match at the end
	 * @return the pattern
	 */
	public static LikePattern endingWith(String suffix) {
		return new LikePattern("%" + escape(suffix));
	}

	/**
	 * A pattern matching text that contains {@code infix}.
	 * @param infix the text to find
	 * @return the pattern
	 */
	public static LikePattern containing(String infix) {
		return new LikePattern("%" + escape(infix) + "%");
	}

	private static String escape(String text) {
		SoqlChecks.notNull(text, "text");
		StringBuilder pattern = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '_' || c == '\\') {
				pattern.append('\\');
			}
			pattern.append(c);
		}
		return pattern.toString();
	}

}
