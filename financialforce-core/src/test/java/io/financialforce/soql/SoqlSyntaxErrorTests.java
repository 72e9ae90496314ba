package io.financialforce.soql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Invalid statements fail with the exact position and message: those of {@code invalid-queries.soql}, and a few that
 * are easier to build in code.
 */
class SoqlSyntaxErrorTests {

	@ParameterizedTest(name = "line {0}: {1}")
	@MethodSource("invalidQueries")
	void reportsPositionAndExpectation(int line, String soql, String message) {
		assertThatExceptionOfType(SoqlSyntaxException.class).isThrownBy(() -> SoqlParser.parse(soql))
			.withMessage(message);
	}

	static List<Arguments> invalidQueries() throws IOException {
		return pairs("invalid-queries.soql");
	}

	/**
	 * Statements (a ¶ standing for a line break) each followed by a line {@code => expectation}.
	 */
	static List<Arguments> pairs(String resource) throws IOException {
		List<Arguments> lines = SoqlCorpusTests.lines(resource);
		List<Arguments> cases = new ArrayList<>();
		for (int i = 0; i < lines.size(); i += 2) {
			Object[] query = lines.get(i).get();
			String expectation = (String) lines.get(i + 1).get()[1];
			assertThat(expectation).as("line after line %s", query[0]).startsWith("=> ");
			cases.add(Arguments.of(query[0], ((String) query[1]).replace('¶', '\n'), expectation.substring(3)));
		}
		return cases;
	}

	@Test
	void exposesWhereAndWhat() {
		assertThatExceptionOfType(SoqlSyntaxException.class)
			.isThrownBy(() -> SoqlParser.parse("SELECT Id\r\nFROM Account\rWHRE Name = 'x'"))
			.satisfies((ex) -> {
				assertThat(ex.getOffset()).isEqualTo(24);
				assertThat(ex.getLine()).isEqualTo(3);
				assertThat(ex.getColumn()).isEqualTo(1);
				assertThat(ex.getFound()).isEqualTo("'WHRE'");
				assertThat(ex.getExpected()).startsWith("USING SCOPE, WHERE");
			});
	}

	@Test
	void rejectsNestingDeeperThanTheLimitWithoutExhaustingTheStack() {
		String deep = "SELECT Id FROM Account WHERE " + "(".repeat(5000) + "Name = 'x'" + ")".repeat(5000);
		assertThatExceptionOfType(SoqlSyntaxException.class).isThrownBy(() -> SoqlParser.parse(deep))
			.withMessageEndingWith("expected at most 100 levels of nesting");
		String negations = "SELECT Id FROM Account WHERE " + "NOT ".repeat(5000) + "Name = 'x'";
		assertThatExceptionOfType(SoqlSyntaxException.class).isThrownBy(() -> SoqlParser.parse(negations))
			.withMessageEndingWith("expected at most 100 levels of nesting");
	}

	@Test
	void acceptsNestingUpToTheLimit() {
		String nested = "SELECT Id FROM Account WHERE " + "(".repeat(90) + "Name = 'x'" + ")".repeat(90);
		assertThat(SoqlParser.parse(nested).toSoql()).isEqualTo("SELECT Id FROM Account WHERE Name = 'x'");
	}

	@Test
	void shortensLongTokensInMessages() {
		String name = "A".repeat(60);
		assertThatExceptionOfType(SoqlSyntaxException.class)
			.isThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account WHERE Name = " + name))
			.withMessage("unexpected '" + "A".repeat(37) + "...' at 1:37, expected a value");
	}

}
