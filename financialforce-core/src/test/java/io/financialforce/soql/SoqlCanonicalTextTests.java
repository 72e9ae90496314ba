package io.financialforce.soql;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical text of the statements in {@code canonical-text.soql}.
 */
class SoqlCanonicalTextTests {

	@ParameterizedTest(name = "line {0}: {1}")
	@MethodSource("pairs")
	void rendersCanonicalText(int line, String soql, String canonical) {
		Select select = SoqlParser.parse(soql);
		assertThat(select.toString()).isEqualTo(canonical);
		assertThat(SoqlParser.parse(canonical)).isEqualTo(select);
	}

	static List<Arguments> pairs() throws IOException {
		return SoqlSyntaxErrorTests.pairs("canonical-text.soql");
	}

}
