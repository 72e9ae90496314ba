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
 * {@code queryMore} page by page into maps, one create or delete call per record.
 */
final class ForceRestApiPeer {

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

	@SuppressWarnings("rawtypes")
	long query(String soql) {
		QueryResult<Map> page = this.api.query(soql, Map.class);
		long records = page.getRecords().size();
		while (!page.isDone()) {
			page = this.api.queryMore(page.getNextRecordsUrl(), Map.class);
			records += page.getRecords().size();
		}
		return records;
	}

	long count(String object) {
		return this.api.query("SELECT COUNT() FROM " + object).getTotalSize();
	}

	@SuppressWarnings("rawtypes")
	long findById(String object, String id) {
		return this.api.getSObject(object, id).as(Map.class).isEmpty() ? 0 : 1;
	}

	List<String> insertAll(int count, String prefix) {
		List<String> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(this.api.createSObject("Account", Map.of("Name", prefix + i, "Industry", "Energy")));
		}
		return ids;
	}

	long deleteAll(List<String> ids) {
		ids.forEach((id) -> this.api.deleteSObject("Account", id));
		return ids.size();
	}

}
