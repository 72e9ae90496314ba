package io.financialforce.soql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip of the valid statements in {@code valid-queries.soql}: parse, render, parse again (same tree), render
 * again (same text).
 */
class SoqlCorpusTests {

	@ParameterizedTest(name = "line {0}: {1}")
	@MethodSource("validQueries")
	void roundTripsThroughCanonicalText(int line, String soql) {
		Select parsed = SoqlParser.parse(soql);
		String canonical = render(parsed);
		Select reparsed = SoqlParser.parse(canonical);
		assertThat(reparsed).as("tree of %s", canonical).isEqualTo(parsed);
		assertThat(render(reparsed)).isEqualTo(canonical);
	}

	private static String render(Select select) {
		return select.parameters().isEmpty() ? select.toSoql() : select.toString();
	}

	static List<Arguments> validQueries() throws IOException {
		return lines("valid-queries.soql");
	}

	/**
	 * The non-blank lines of a resource that do not start with {@code #}, with their line numbers.
	 */
	static List<Arguments> lines(String resource) throws IOException {
		List<Arguments> lines = new ArrayList<>();
		try (InputStream in = SoqlCorpusTests.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(Arguments.of(number, line));
				}
			}
		}
		return lines;
	}

}
