package io.financialforce.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The org's daily API request usage, as the last answer's {@code Sforce-Limit-Info: api-usage=25/5000} header told.
 *
 * @param used the requests used in the rolling 24 hours
 * @param max the org's allocation
 */
public record ApiUsage(long used, long max) {

	private static final Pattern API_USAGE = Pattern.compile("(?:^|[;,\\s])api-usage=(\\d+)/(\\d+)");

	/**
	 * The requests left.
	 * @return {@code max - used}, never negative
	 */
	public long remaining() {
		return Math.max(0, this.max - this.used);
	}

	/**
	 * Reads the {@code api-usage} part of a {@code Sforce-Limit-Info} header.
	 * @param header the header's value
	 * @return the usage, or {@literal null} if the header has none
	 */
	public static @Nullable ApiUsage parse(@Nullable String header) {
		if (header == null) {
			return null;
		}
		Matcher matcher = API_USAGE.matcher(header);
		return matcher.find() ? new ApiUsage(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)))
				: null;
	}

}
