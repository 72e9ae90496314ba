package io.financialforce.core.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An immutable partial update: exactly the fields named, a {@code null} value clearing its field. Entity updates
 * leave out {@code null} properties, so that a partly loaded entity never clears what it did not read; an
 * {@code Update} is the way to send {@code null}:
 * <pre class="code">
 * template.update(invoiceId, Update.set("dueDate", newDate).and("customerReference", null), Invoice.class);
 * </pre>
 *
 * @param changes new values by property name or field API name, in the order given
 */
public record Update(Map<String, @Nullable Object> changes) {

	public Update {
		Assert.notEmpty(changes, "An update needs at least one change");
		changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
	}

	/**
	 * An update of one property.
	 * @param key a property name or field API name
	 * @param value the new value, {@code null} to clear the field
	 * @return the update
	 */
	public static Update set(String key, @Nullable Object value) {
		Assert.hasText(key, "'key' must not be empty");
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		changes.put(key, value);
		return new Update(changes);
	}

	/**
	 * This update and one more property.
	 * @param key a property name or field API name
	 * @param value the new value, {@code null} to clear the field
	 * @return the new update
	 */
	public Update and(String key, @Nullable Object value) {
		Assert.hasText(key, "'key' must not be empty");
		Map<String, @Nullable Object> changes = new LinkedHashMap<>(this.changes);
		changes.put(key, value);
		return new Update(changes);
	}

}
