package io.financialforce.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.force.api.ApiConfig;
import com.force.api.ForceApi;
import com.force.api.QueryResult;
import io.financialforce.emulator.DemoCredentials;

/**
 * The workloads through {@code com.frejo:force-rest-api} 0.0.45, in its natural way: {@code query} then
 * {@code queryMore} page by page into maps, {@code getSObject} by id, and one {@code createSObject},
 * {@code updateSObject} or {@code deleteSObject} call per record (it has no batch call).
 */
@SuppressWarnings("rawtypes")
final class ForceRestApiPeer implements SoqlClient, Writes {

	private final ForceApi api;

	ForceRestApiPeer(String loginUrl) {
		DemoCredentials credentials = DemoCredentials.demo();
		this.api = new ForceApi(new ApiConfig().setLoginEndpoint(loginUrl)
			.setUsername(credentials.username())
			.setPassword(credentials.password() + credentials.securityToken())
			.setClientId(credentials.clientId())
			.setClientSecret(credentials.clientSecret())
			.setApiVersionString("v64.0"));
	}

	@Override
	public long query(String soql, boolean keep) {
		List<Map> kept = new ArrayList<>();
		QueryResult<Map> page = this.api.query(soql, Map.class);
		long records = page.getRecords().size();
		if (keep) {
			kept.addAll(page.getRecords());
		}
		while (!page.isDone()) {
			page = this.api.queryMore(page.getNextRecordsUrl(), Map.class);
			records += page.getRecords().size();
			if (keep) {
				kept.addAll(page.getRecords());
			}
		}
		return keep ? kept.size() : records;
	}

	@Override
	public long count(String soql) {
		return this.api.query(soql).getTotalSize();
	}

	@Override
	public long findInvoice(String id) {
		return this.api.getSObject("c2g__codaInvoice__c", id).as(Map.class).isEmpty() ? 0 : 1;
	}

	@Override
	public List<String> insertAll(int count, String prefix) {
		List<String> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(this.api.createSObject("Account", Map.of("Name", prefix + i, "Industry", "Energy")));
		}
		return ids;
	}

	@Override
	public long updateAll(List<String> ids) {
		for (int i = 0; i < ids.size(); i++) {
			this.api.updateSObject("Account", ids.get(i), Map.of("Name", "Updated " + i, "Industry", "Retail"));
		}
		return ids.size();
	}

	@Override
	public long deleteAll(List<String> ids) {
		ids.forEach((id) -> this.api.deleteSObject("Account", id));
		return ids.size();
	}

}
