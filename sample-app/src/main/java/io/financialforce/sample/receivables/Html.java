package io.financialforce.sample.receivables;

import org.springframework.util.Assert;

/**
 * Writes HTML (and inline SVG) text, escaping every value: element names and attribute names are written as given,
 * so they must be constants; text and attribute values always go through {@link #escape(String)}.
 */
final class Html {

	private final StringBuilder out = new StringBuilder(8192);

	/**
	 * Opens an element.
	 * @param name the element name, a constant
	 * @param attributes names and values, alternating
	 * @return this writer
	 */
	Html open(String name, String... attributes) {
		Assert.isTrue(attributes.length % 2 == 0, "'attributes' must alternate names and values");
		this.out.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			this.out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
		}
		this.out.append('>');
		return this;
	}

	/**
	 * Closes an element.
	 * @param name the element name
	 * @return this writer
	 */
	Html close(String name) {
		this.out.append("</").append(name).append('>');
		return this;
	}

	/**
	 * Writes an element holding text.
	 * @param name the element name, a constant
	 * @param text the text, escaped
	 * @param attributes names and values, alternating
	 * @return this writer
	 */
	Html element(String name, String text, String... attributes) {
		return open(name, attributes).text(text).close(name);
	}

	/**
	 * Writes text.
	 * @param text the text, escaped
	 * @return this writer
	 */
	Html text(String text) {
		this.out.append(escape(text));
		return this;
	}

	/**
	 * Writes markup as it is: only for constants of this application.
	 * @param markup the markup
	 * @return this writer
	 */
	Html raw(String markup) {
		this.out.append(markup);
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	/**
	 * Escapes text for element content and quoted attribute values.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
