package io.financialforce.repository.sample;

import io.financialforce.core.mapping.SObject;
import org.jspecify.annotations.Nullable;

/**
 * A parent of {@link Invoice}.
 */
@SObject("Account")
public class Account {

	private @Nullable String id;

	private @Nullable String name;

	public Account() {
	}

	public Account(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

}
