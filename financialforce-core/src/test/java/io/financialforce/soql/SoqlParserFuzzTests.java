package io.financialforce.soql;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Robustness: mutations of valid statements (characters and tokens deleted, duplicated, swapped or inserted) either
 * parse, and then round-trip, or fail with a {@link SoqlSyntaxException} pointing inside the text; never with another
 * exception. A failure names the seed and the statement.
 */
class SoqlParserFuzzTests {

	private static final String[] INSERTS = { " ", "(", ")", ",", ".", ":", "'", "\\", "AND ", "OR ", "NOT ", "IN ",
			"LIKE ", "SELECT ", "FROM ", "WHERE ", "NULL", "1", "-", "2024-02-30", "2024-01-01T00:00:00Z", "?1", ":x",
			"LAST_N_DAYS:", "USD", "TYPEOF ", "END ", "GROUP BY ", "HAVING ", "ORDER BY ", "LIMIT ", "=", "!=", "<", ">",
			"\\u", "%", "_", "\n", "COUNT(", "FIELDS(", "WITH ", "DATA CATEGORY ", "ROLLUP(", "NULLS ", "FOR ", "ALL " };

	static LongStream seeds() {
		return LongStream.range(0, 10).map((i) -> 0xF022L + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void mutatedStatementsParseOrFailWithASyntaxError(long seed) throws IOException {
		List<Arguments> corpus = SoqlCorpusTests.validQueries();
		Random random = new Random(seed);
		for (int i = 0; i < 2000; i++) {
			String original = (String) corpus.get(random.nextInt(corpus.size())).get()[1];
			String mutated = mutate(original, random);
			try {
				Select select = SoqlParser.parse(mutated);
				String canonical = select.toString();
				assertThat(SoqlParser.parse(canonical)).as("seed %d: %s", seed, mutated).isEqualTo(select);
			}
			catch (SoqlSyntaxException ex) {
				assertThat(ex.getOffset()).as("seed %d: %s", seed, mutated).isBetween(0, mutated.length());
				assertThat(ex.getLine()).isPositive();
				assertThat(ex.getColumn()).isPositive();
			}
			catch (RuntimeException ex) {
				fail("seed " + seed + ": " + mutated + " threw " + ex, ex);
			}
		}
	}

	private static String mutate(String text, Random random) {
		StringBuilder mutated = new StringBuilder(text);
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && mutated.length() > 0; e++) {
			int at = random.nextInt(mutated.length());
			int length = Math.min(1 + random.nextInt(8), mutated.length() - at);
			switch (random.nextInt(4)) {
				case 0 -> mutated.delete(at, at + length);
				case 1 -> mutated.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
				case 2 -> mutated.insert(at, mutated.substring(at, at + length));
				default -> {
					int other = random.nextInt(mutated.length() - length + 1);
					String piece = mutated.substring(at, at + length);
					mutated.delete(at, at + length);
					mutated.insert(Math.min(other, mutated.length()), piece);
				}
			}
		}
		return mutated.toString();
	}

}
