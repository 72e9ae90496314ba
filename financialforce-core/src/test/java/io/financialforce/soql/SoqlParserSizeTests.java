package io.financialforce.soql;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements of the API's maximum size (100,000 characters) parse correctly; the time taken is logged, not asserted.
 */
class SoqlParserSizeTests {

	private static final Logger logger = LoggerFactory.getLogger(SoqlParserSizeTests.class);

	private static final int MAX_LENGTH = 100_000;

	@Test
	void parsesAMaximumSizeInList() {
		StringBuilder soql = new StringBuilder("SELECT Id, Name FROM Account WHERE Id IN (");
		int count = 0;
		while (soql.length() < MAX_LENGTH - 30) {
			soql.append((count > 0) ? ", " : "").append('\'').append(id(count++)).append('\'');
		}
		String text = soql.append(')').toString();
		assertThat(text.length()).isBetween(MAX_LENGTH - 30, MAX_LENGTH);
		Select select = timed(text);
		List<Literal> values = ((Operand.ValueList) ((Condition.Comparison) select.where()).right()).values();
		assertThat(values).hasSize(count);
		assertThat(values.get(count - 1)).isEqualTo(new Literal.StringValue(id(count - 1)));
		assertThat(select.toSoql()).isEqualTo(text);
	}

	@Test
	void parsesAMaximumSizeConditionChain() {
		StringBuilder soql = new StringBuilder("SELECT Id FROM Account WHERE ");
		int count = 0;
		while (soql.length() < MAX_LENGTH - 60) {
			soql.append((count > 0) ? " OR " : "")
				.append("(Name LIKE 'n\\_")
				.append(count++)
				.append("%' AND CreatedDate > LAST_N_DAYS:30)");
		}
		String text = soql.toString();
		Select select = timed(text);
		assertThat(((Condition.Or) select.where()).conditions()).hasSize(count);
		assertThat(select.toSoql()).isEqualTo(text);
	}

	private static Select timed(String text) {
		Select select = null;
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			select = SoqlParser.parse(text);
			best = Math.min(best, System.nanoTime() - start);
		}
		logger.info("Parsed {} characters in {} µs (best of 5)", text.length(), best / 1000);
		return select;
	}

	private static String id(int index) {
		String digits = Integer.toString(index);
		return "001" + "0".repeat(12 - digits.length()) + digits + "AAA";
	}

}
