package io.financialforce.soql;

/**
 * SOQL text that is not a valid {@code SELECT} statement: says where ({@linkplain #getLine() line} and
 * {@linkplain #getColumn() column}, both counted from 1, and the {@linkplain #getOffset() offset}), what was found
 * there and what was expected, e.g. {@code unexpected 'FORM' at 1:17, expected FROM}.
 */
public final class SoqlSyntaxException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final int offset;

	private final int line;

	private final int column;

	private final String found;

	private final String expected;

	SoqlSyntaxException(String source, int offset, String found, String expected) {
		this(Position.of(source, offset), found, expected);
	}

	private SoqlSyntaxException(Position position, String found, String expected) {
		super("unexpected " + found + " at " + position + ", expected " + expected);
		this.offset = position.offset();
		this.line = position.line();
		this.column = position.column();
		this.found = found;
		this.expected = expected;
	}

	/**
	 * Where the error is, as an index into the text.
	 * @return the offset, from 0
	 */
	public int getOffset() {
		return this.offset;
	}

	/**
	 * The line of the error.
	 * @return the line, from 1
	 */
	public int getLine() {
		return this.line;
	}

	/**
	 * The column of the error, in UTF-16 characters.
	 * @return the column, from 1
	 */
	public int getColumn() {
		return this.column;
	}

	/**
	 * What was found, quoted, or {@code end of query}.
	 * @return e.g. {@code 'FORM'}
	 */
	public String getFound() {
		return this.found;
	}

	/**
	 * What the grammar expected there.
	 * @return e.g. {@code FROM}
	 */
	public String getExpected() {
		return this.expected;
	}

	/**
	 * A place in SOQL text; a line ends at {@code \n}, {@code \r\n} or a lone {@code \r}.
	 */
	record Position(int offset, int line, int column) {

		static Position of(String source, int offset) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < offset && i < source.length(); i++) {
				char c = source.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
					line++;
					lineStart = i + 1;
				}
			}
			return new Position(offset, line, offset - lineStart + 1);
		}

		@Override
		public String toString() {
			return this.line + ":" + this.column;
		}

	}

}
