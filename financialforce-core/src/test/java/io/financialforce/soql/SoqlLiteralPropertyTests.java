package io.financialforce.soql;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests: any Java string bound as a literal renders to SOQL that parses back to the very same value, as a
 * plain string, in an {@code IN} list, and as a {@code LIKE} pattern matching the text literally. The strings come from
 * a seeded generator biased towards what breaks escaping; a failure names the seed and the string.
 */
class SoqlLiteralPropertyTests {

	private static final int STRINGS_PER_SEED = 250;

	private static final String[] FRAGMENTS = { "'", "\"", "\\", "\\\\", "\\'", "''", "%", "_", "\\%", "\\_", "\n",
			"\r\n", "\t", "\b", "\f", "\\n", "\\u0027", "\\u", "' OR Name != '", "') OR (Id != '", "*/", "--", ";",
			":name", "?1", "\u0000", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uD83D\uDE00",
			"\uD800", "\uDFFF", "\uDFFF\uD800", "é", "東京", "LIKE", "NULL", "TRUE", "2024-01-31", "USD5000" };

	static LongStream seeds() {
		return LongStream.range(0, 20).map((i) -> 0x5EEDL * 31 + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void stringLiteralsSurviveRenderingAndParsing(long seed) {
		List<String> values = strings(seed);
		for (int index = 0; index < values.size(); index++) {
			int i = index;
			String value = values.get(i);
			Supplier<String> description = () -> describe(seed, i, value);
			Select built = Soql.select("Id").from("Account").where(Soql.field("Name").eq(value)).build();
			Select reparsed = SoqlParser.parse(built.toSoql());
			assertThat(reparsed).as(description).isEqualTo(built);
			assertThat(((Condition.Comparison) reparsed.where()).right()).as(description)
				.isEqualTo(new Literal.StringValue(value));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void boundValuesSurviveRenderingAndParsing(long seed) {
		Select named = SoqlParser.parse("SELECT Id FROM Account WHERE Name = :name");
		Select positional = SoqlParser.parse("SELECT Id FROM Account WHERE Site IN ?1");
		List<String> values = strings(seed);
		for (int index = 0; index < values.size(); index++) {
			int i = index;
			String value = values.get(i);
			Supplier<String> description = () -> describe(seed, i, value);
			Select bound = named.bind(Map.of("name", value));
			assertThat(SoqlParser.parse(bound.toSoql())).as(description).isEqualTo(bound);
			assertThat(((Condition.Comparison) bound.where()).right()).as(description)
				.isEqualTo(new Literal.StringValue(value));
			Select list = positional.bind(List.of(List.of(value, "x")));
			Condition.Comparison in = (Condition.Comparison) SoqlParser.parse(list.toSoql()).where();
			assertThat(in.right()).as(description)
				.isEqualTo(new Operand.ValueList(List.of(new Literal.StringValue(value), new Literal.StringValue("x"))));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void likePatternsMatchTheirTextLiterally(long seed) {
		List<String> values = strings(seed);
		for (int index = 0; index < values.size(); index++) {
			int i = index;
			String value = values.get(i);
			Supplier<String> description = () -> describe(seed, i, value);
			for (LikePattern pattern : List.of(LikePattern.literal(value), LikePattern.containing(value),
					LikePattern.startingWith(value), LikePattern.endingWith(value))) {
				Select built = Soql.select("Id").from("Account").where(Soql.field("Name").like(pattern)).build();
				String soql = built.toSoql();
				Select reparsed = SoqlParser.parse(soql);
				assertThat(reparsed).as(() -> description.get() + " in " + soql).isEqualTo(built);
			}
			LikePattern wildcards = new LikePattern(value.replace("\\", "\\\\"));
			Select withWildcards = Soql.select("Id").from("Account").where(Soql.field("Name").like(wildcards)).build();
			assertThat(SoqlParser.parse(withWildcards.toSoql())).as(description).isEqualTo(withWildcards);
			String literal = LikePattern.literal(value).pattern();
			assertThat(unescapedWildcards(literal)).as(description).isZero();
			assertThat(unescape(literal)).as(description).isEqualTo(value);
		}
	}

	/**
	 * Adversarial strings: fragments that matter to escaping, control and format characters, surrogates paired and
	 * unpaired, and random code points from every plane, in random order and length.
	 */
	static List<String> strings(long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, STRINGS_PER_SEED).mapToObj((i) -> string(random)).toList();
	}

	private static String string(Random random) {
		int parts = random.nextInt(12);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < parts; i++) {
			switch (random.nextInt(6)) {
				case 0, 1 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
				case 2 -> text.append((char) random.nextInt(0x20));
				case 3 -> text.append((char) (0x20 + random.nextInt(0x5F)));
				case 4 -> text.append((char) random.nextInt(0x10000));
				default -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
			}
		}
		return text.toString();
	}

	private static String describe(long seed, int index, String value) {
		StringBuilder escaped = new StringBuilder();
		value.chars().forEach((c) -> escaped.append((c >= 0x20 && c < 0x7F) ? String.valueOf((char) c)
				: String.format("\\u%04X", c)));
		return "seed " + seed + ", string #" + index + ": \"" + escaped + "\"";
	}

	private static int unescapedWildcards(String pattern) {
		int count = 0;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '%' || c == '_') {
				count++;
			}
		}
		return count;
	}

	private static String unescape(String pattern) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			text.append((c == '\\') ? pattern.charAt(++i) : c);
		}
		return text.toString();
	}

}
