package io.financialforce.soql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * LIKE patterns: factories that escape wildcards, and matching as SOQL matches.
 */
class LikePatternTests {

	@Test
	void escapesWildcardsAndBackslashesOfPlainText() {
		assertThat(LikePattern.literal("50%_\\").pattern()).isEqualTo("50\\%\\_\\\\");
		assertThat(LikePattern.startingWith("a_").pattern()).isEqualTo("a\\_%");
		assertThat(LikePattern.endingWith("%").pattern()).isEqualTo("%\\%");
		assertThat(LikePattern.containing("x").pattern()).isEqualTo("%x%");
	}

	@Test
	void rejectsABackslashThatEscapesNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LikePattern("a\\b"))
			.withMessageContaining("a backslash must be followed by %, _ or another backslash");
		assertThatIllegalArgumentException().isThrownBy(() -> new LikePattern("a\\"));
	}

	@Test
	void matchesWildcardsIgnoringCase() {
		LikePattern acme = new LikePattern("acme%");
		assertThat(acme.matches("Acme Corp")).isTrue();
		assertThat(acme.matches("ACME")).isTrue();
		assertThat(acme.matches("The Acme")).isFalse();
		assertThat(new LikePattern("%corp").matches("Acme Corp")).isTrue();
		assertThat(new LikePattern("%me%co%").matches("Acme Corp")).isTrue();
		assertThat(new LikePattern("a_c").matches("abc")).isTrue();
		assertThat(new LikePattern("a_c").matches("ac")).isFalse();
		assertThat(new LikePattern("a_c").matches("abbc")).isFalse();
		assertThat(new LikePattern("%").matches("")).isTrue();
		assertThat(new LikePattern("").matches("")).isTrue();
		assertThat(new LikePattern("").matches("a")).isFalse();
		assertThat(new LikePattern("%a%a%a%b").matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isFalse();
		assertThat(new LikePattern("é%").matches("École")).isTrue();
	}

	@Test
	void matchesEscapedWildcardsLiterally() {
		LikePattern percent = LikePattern.containing("50%");
		assertThat(percent.matches("save 50% now")).isTrue();
		assertThat(percent.matches("save 500 now")).isFalse();
		assertThat(LikePattern.literal("a_b").matches("a_b")).isTrue();
		assertThat(LikePattern.literal("a_b").matches("axb")).isFalse();
		assertThat(LikePattern.literal("a\\b").matches("a\\b")).isTrue();
	}

	@Test
	void matchesOneCodePointWithUnderscore() {
		assertThat(new LikePattern("_").matches("\uD83D\uDE00")).isTrue();
		assertThat(new LikePattern("a_b").matches("a\uD83D\uDE00b")).isTrue();
	}

	@Test
	void parsedPatternsMatchWhatTheyDescribe() {
		Condition.Comparison like = (Condition.Comparison) SoqlParser
			.parse("SELECT Id FROM Account WHERE Name LIKE '100\\% \\_real\\_ \\\\ %'")
			.where();
		LikePattern pattern = (LikePattern) like.right();
		assertThat(pattern.matches("100% _real_ \\ yes")).isTrue();
		assertThat(pattern.matches("100x _real_ \\ yes")).isFalse();
		assertThat(pattern.matches("100% areal_ \\ yes")).isFalse();
	}

}
