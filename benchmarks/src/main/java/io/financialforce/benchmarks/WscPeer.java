package io.financialforce.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.jspecify.annotations.Nullable;

/**
 * The workloads through Salesforce's WSC partner API 65.0.0 over SOAP, in its natural way: {@code query} then
 * {@code queryMore} into {@link SObject}s (batch size 2,000 through {@code QueryOptions}), {@code retrieve} by id,
 * {@code create}, {@code update} and {@code delete} with arrays of {@value #BATCH}. WSC 65.0.0 targets API 65.0,
 * where SOAP {@code login()} no longer exists, so the login endpoint is set to API 64.0, as against a real org.
 */
final class WscPeer implements SoqlClient, Writes {

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

	@Override
	public long query(String soql, boolean keep) {
		List<SObject> kept = new ArrayList<>();
		try {
			QueryResult page = this.connection.query(soql);
			long records = page.getRecords().length;
			if (keep) {
				kept.addAll(Arrays.asList(page.getRecords()));
			}
			while (!page.isDone()) {
				page = this.connection.queryMore(page.getQueryLocator());
				records += page.getRecords().length;
				if (keep) {
					kept.addAll(Arrays.asList(page.getRecords()));
				}
			}
			return keep ? kept.size() : records;
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC query failed", ex);
		}
	}

	@Override
	public long count(String soql) {
		try {
			return this.connection.query(soql).getSize();
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC count failed", ex);
		}
	}

	@Override
	public long findInvoice(String id) {
		try {
			SObject[] found = this.connection.retrieve(Entities.INVOICE_FIELDS, "c2g__codaInvoice__c",
					new String[] { id });
			return (found.length == 1 && found[0] != null) ? 1 : 0;
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC retrieve failed", ex);
		}
	}

	@Override
	public List<String> insertAll(int count, String prefix) {
		List<String> ids = new ArrayList<>(count);
		for (int from = 0; from < count; from += BATCH) {
			SObject[] batch = new SObject[Math.min(BATCH, count - from)];
			for (int i = 0; i < batch.length; i++) {
				batch[i] = account(null, prefix + (from + i), "Energy");
			}
			for (SaveResult result : call("create", (c) -> c.create(batch))) {
				ids.add(saved(result, "create"));
			}
		}
		return ids;
	}

	@Override
	public long updateAll(List<String> ids) {
		long updated = 0;
		for (int from = 0; from < ids.size(); from += BATCH) {
			SObject[] batch = new SObject[Math.min(BATCH, ids.size() - from)];
			for (int i = 0; i < batch.length; i++) {
				batch[i] = account(ids.get(from + i), "Updated " + (from + i), "Retail");
			}
			for (SaveResult result : call("update", (c) -> c.update(batch))) {
				saved(result, "update");
				updated++;
			}
		}
		return updated;
	}

	@Override
	public long deleteAll(List<String> ids) {
		long deleted = 0;
		for (int from = 0; from < ids.size(); from += BATCH) {
			String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
			for (DeleteResult result : call("delete", (c) -> c.delete(batch))) {
				if (!result.isSuccess()) {
					throw new IllegalStateException("WSC delete failed: " + result.getErrors()[0].getMessage());
				}
				deleted++;
			}
		}
		return deleted;
	}

	private static SObject account(@Nullable String id, String name, String industry) {
		SObject account = new SObject("Account");
		if (id != null) {
			account.setId(id);
		}
		account.setField("Name", name);
		account.setField("Industry", industry);
		return account;
	}

	private static String saved(SaveResult result, String call) {
		if (!result.isSuccess()) {
			throw new IllegalStateException("WSC " + call + " failed: " + result.getErrors()[0].getMessage());
		}
		return result.getId();
	}

	private <T> T call(String name, SoapCall<T> call) {
		try {
			return call.apply(this.connection);
		}
		catch (ConnectionException ex) {
			throw new IllegalStateException("WSC " + name + " failed", ex);
		}
	}

	@FunctionalInterface
	private interface SoapCall<T> {

		T apply(PartnerConnection connection) throws ConnectionException;

	}

}
