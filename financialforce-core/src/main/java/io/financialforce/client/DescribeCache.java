package io.financialforce.client;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

/**
 * The describes a client fetched, by object name (case-insensitive), with the {@code Last-Modified} value to
 * revalidate them with {@code If-Modified-Since}.
 */
final class DescribeCache {

	record Entry(SObjectDescription description, @Nullable String lastModified) {

	}

	private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

	@Nullable Entry get(String sObject) {
		return this.entries.get(sObject.toLowerCase(Locale.ROOT));
	}

	void put(String sObject, Entry entry) {
		this.entries.put(sObject.toLowerCase(Locale.ROOT), entry);
	}

	void clear() {
		this.entries.clear();
	}

}
