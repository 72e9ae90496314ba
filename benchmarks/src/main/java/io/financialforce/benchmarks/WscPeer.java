package io.financialforce.benchmarks;

import java.util.ArrayList;
import java.util.List;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import io.financialforce.emulator.DemoCredentials;

/**
 * The workloads through Salesforce's WSC partner API 65.0.0 over SOAP, in its natural way: {@code query} then
 * {@code queryMore} into {@link SObject}s (batch size 2,000 through {@code QueryOptions}), {@code create} and
 * {@code delete} with arrays of 200. WSC 65.0.0 targets API 65.0, where SOAP {@code login()} no longer exists, so
 * the login endpoint is set to API 64.0, as against a real org.
 */
final class WscPeer {

	static final String NAME = "WSC partner 65.0.0";

	private static final int BATCH = 200;

	private final PartnerConnection connection;

	WscPeer(String loginUrl) {
		DemoCredentials credentials = DemoCredentials.demo();
		ConnectorConfig config = new ConnectorConfig();
		config.setAuthEndpoint(loginUrl + "/services/Soap/u/64.0");
		config.setUsername(credentials.username());
		config.setPassword(credentials.password() + credentials.securityToken());
		try {
			this.connection = Connector.newConnection(config);
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC login failed", ex);
		}
		this.connection.setQueryOptions(2000);
	}

	long query(String soql) {
		try {
			QueryResult page = this.connection.query(soql);
			long records = page.getRecords().length;
			while (!page.isDone()) {
				page = this.connection.queryMore(page.getQueryLocator());
				records += page.getRecords().length;
			}
			return records;
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC query failed", ex);
		}
	}

	long count(String object) {
		try {
			return this.connection.query("SELECT COUNT() FROM " + object).getSize();
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC count failed", ex);
		}
	}

	long findById(String object, String fields, String id) {
		try {
			SObject[] found = this.connection.retrieve(fields, object, new String[] { id });
			return (found.length == 1 && found[0] != null) ? 1 : 0;
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC retrieve failed", ex);
		}
	}

	List<String> insertAll(int count, String prefix) {
		List<String> ids = new ArrayList<>(count);
		try {
			for (int from = 0; from < count; from += BATCH) {
				SObject[] batch = new SObject[Math.min(BATCH, count - from)];
				for (int i = 0; i < batch.length; i++) {
					SObject account = new SObject("Account");
					account.setField("Name", prefix + (from + i));
					account.setField("Industry", "Energy");
					batch[i] = account;
				}
				for (SaveResult result : this.connection.create(batch)) {
					if (!result.isSuccess()) {
						throw new IllegalStateException("WSC create failed: " + result.getErrors()[0].getMessage());
					}
					ids.add(result.getId());
				}
			}
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC create failed", ex);
		}
		return ids;
	}

	long deleteAll(List<String> ids) {
		long deleted = 0;
		try {
			for (int from = 0; from < ids.size(); from += BATCH) {
				String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
				for (DeleteResult result : this.connection.delete(batch)) {
					if (!result.isSuccess()) {
						throw new IllegalStateException("WSC delete failed: " + result.getErrors()[0].getMessage());
					}
					deleted++;
				}
			}
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC delete failed", ex);
		}
		return deleted;
	}

}
