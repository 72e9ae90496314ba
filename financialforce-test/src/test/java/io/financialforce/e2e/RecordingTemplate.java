package io.financialforce.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.financialforce.client.FinancialForceClient;
import io.financialforce.core.FinancialForceTemplate;
import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Query;

/**
 * A {@link FinancialForceTemplate} that notes the SOQL of every read (through {@code explain}, which costs no
 * request), so tests can assert the statement a repository method sends.
 */
final class RecordingTemplate extends FinancialForceTemplate {

	private final List<String> soql = new ArrayList<>();

	RecordingTemplate(FinancialForceClient client, FinancialForceMappingContext mappingContext) {
		super(client, mappingContext);
	}

	List<String> soql() {
		return List.copyOf(this.soql);
	}

	String lastSoql() {
		return this.soql.get(this.soql.size() - 1);
	}

	void clear() {
		this.soql.clear();
	}

	@Override
	public <T> List<T> find(Query query, Class<T> type) {
		this.soql.add(explain(query, type).soql());
		return super.find(query, type);
	}

	@Override
	public <T> Stream<T> stream(Query query, Class<T> type) {
		this.soql.add(explain(query, type).soql());
		return super.stream(query, type);
	}

	@Override
	public long count(Query query, Class<?> type) {
		this.soql.add("COUNT " + explain(query, type).soql());
		return super.count(query, type);
	}

	@Override
	public <T> List<T> query(String soql, Map<String, ?> parameters, Class<T> type) {
		this.soql.add(soql);
		return super.query(soql, parameters, type);
	}

	@Override
	public <T> Stream<T> stream(String soql, Map<String, ?> parameters, Class<T> type) {
		this.soql.add(soql);
		return super.stream(soql, parameters, type);
	}

}
