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

	private static final int ANY_RUN = -1;

	private static final int ANY_ONE = -2;

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

	/**
	 * Whether {@code text} matches this pattern as SOQL matches it: ignoring case, {@code %} matching any run of
	 * characters (also none), {@code _} exactly one character (a code point), and an escaped {@code %}, {@code _} or
	 * backslash itself. For evaluating queries without a server, as the emulator does.
	 * @param text the text to test
	 * @return whether it matches
	 */
	public boolean matches(CharSequence text) {
		SoqlChecks.notNull(text, "text");
		int[] pattern = new int[this.pattern.length()];
		int length = 0;
		for (int i = 0; i < this.pattern.length(); i++) {
			int c = this.pattern.codePointAt(i);
			i += Character.charCount(c) - 1;
			if (c == '\\') {
				pattern[length++] = this.pattern.charAt(++i);
			}
			else {
				pattern[length++] = (c == '%') ? ANY_RUN : (c == '_') ? ANY_ONE : c;
			}
		}
		int[] value = text.codePoints().toArray();
		int p = 0;
		int t = 0;
		int lastRun = -1;
		int resumeAt = 0;
		while (t < value.length) {
			if (p < length && (pattern[p] == ANY_ONE || sameIgnoringCase(pattern[p], value[t]))) {
				p++;
				t++;
			}
			else if (p < length && pattern[p] == ANY_RUN) {
				lastRun = p++;
				resumeAt = t;
			}
			else if (lastRun >= 0) {
				p = lastRun + 1;
				t = ++resumeAt;
			}
			else {
				return false;
			}
		}
		while (p < length && pattern[p] == ANY_RUN) {
			p++;
		}
		return p == length;
	}

	private static boolean sameIgnoringCase(int a, int b) {
		return a == b || (a >= 0 && Character.toLowerCase(Character.toUpperCase(a)) == Character
			.toLowerCase(Character.toUpperCase(b)));
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
