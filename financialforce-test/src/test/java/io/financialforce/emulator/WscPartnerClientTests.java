package io.financialforce.emulator;

import java.util.ArrayList;
import java.util.List;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Salesforce's own SOAP client (WSC partner API 65.0.0 from Maven Central) logs in and queries, pages, creates,
 * updates and deletes through the emulator's partner SOAP endpoint.
 */
class WscPartnerClientTests {

	static FinancialForceEmulator emulator;

	static PartnerConnection connection;

	@BeforeAll
	static void start() throws ConnectionException {
		emulator = FinancialForceEmulator.builder().scale(30).start();
		connection = connect();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	static PartnerConnection connect() throws ConnectionException {
		DemoCredentials credentials = emulator.credentials();
		ConnectorConfig config = new ConnectorConfig();
		config.setAuthEndpoint(emulator.instanceUrl() + "/services/Soap/u/64.0");
		config.setUsername(credentials.username());
		config.setPassword(credentials.password() + credentials.securityToken());
		return Connector.newConnection(config);
	}

	@Test
	void logsInAndUsesTheReturnedServerUrl() {
		assertThat(connection.getConfig().getServiceEndpoint())
			.startsWith(emulator.instanceUrl() + "/services/Soap/u/64.0/");
		assertThat(emulator.requestCount(RequestFamily.LOGIN)).isPositive();
	}

	@Test
	void createsInBatchesOf200ThenPagesThemBackWithQueryMoreUpdatesAndDeletes() throws ConnectionException {
		List<String> ids = new ArrayList<>();
		long soapCalls = emulator.requestCount(RequestFamily.SOAP);
		long usage = emulator.apiUsage();
		for (int batch = 0; batch < 11; batch++) {
			SObject[] accounts = new SObject[200];
			for (int i = 0; i < accounts.length; i++) {
				SObject account = new SObject("Account");
				account.setField("Name", "WSC " + (batch * 200 + i));
				account.setField("NumberOfEmployees", batch);
				accounts[i] = account;
			}
			for (SaveResult result : connection.create(accounts)) {
				assertThat(result.getSuccess()).isTrue();
				assertThat(result.getErrors()).isEmpty();
				ids.add(result.getId());
			}
		}
		assertThat(ids).hasSize(2200).doesNotHaveDuplicates().allSatisfy((id) -> assertThat(id).startsWith("001"));
		assertThat(emulator.requestCount(RequestFamily.SOAP)).isEqualTo(soapCalls + 11);
		assertThat(emulator.apiUsage()).isEqualTo(usage + 11);

		connection.setQueryOptions(2000);
		QueryResult page = connection.query("SELECT Id, Name, NumberOfEmployees, Industry FROM Account "
				+ "WHERE Name LIKE 'WSC %' ORDER BY Name");
		assertThat(page.getSize()).isEqualTo(2200);
		assertThat(page.isDone()).isFalse();
		assertThat(page.getRecords()).hasSize(2000);
		SObject first = page.getRecords()[0];
		assertThat(first.getType()).isEqualTo("Account");
		assertThat(first.getId()).startsWith("001");
		assertThat(first.getField("Name")).isEqualTo("WSC 0");
		assertThat(first.getField("Industry")).isNull();
		List<String> read = new ArrayList<>();
		for (SObject record : page.getRecords()) {
			read.add(record.getId());
		}
		QueryResult more = connection.queryMore(page.getQueryLocator());
		assertThat(more.isDone()).isTrue();
		assertThat(more.getQueryLocator()).isNull();
		for (SObject record : more.getRecords()) {
			read.add(record.getId());
		}
		assertThat(read).containsExactlyInAnyOrderElementsOf(ids);

		SObject[] updates = new SObject[200];
		for (int i = 0; i < updates.length; i++) {
			updates[i] = new SObject("Account");
			updates[i].setId(ids.get(i));
			updates[i].setField("Industry", "Retail");
		}
		assertThat(connection.update(updates)).allSatisfy((result) -> assertThat(result.isSuccess()).isTrue());
		assertThat(connection.query("SELECT COUNT() FROM Account WHERE Industry = 'Retail' AND Name LIKE 'WSC %'")
			.getSize()).isEqualTo(200);

		for (int from = 0; from < ids.size(); from += 200) {
			String[] batch = ids.subList(from, Math.min(ids.size(), from + 200)).toArray(String[]::new);
			for (DeleteResult result : connection.delete(batch)) {
				assertThat(result.isSuccess()).isTrue();
			}
		}
		assertThat(connection.query("SELECT Id FROM Account WHERE Name LIKE 'WSC %'").getSize()).isZero();
	}

	@Test
	void retrievesByIdInInputOrderWithNilForMissingIds() throws ConnectionException {
		SObject account = new SObject("Account");
		account.setField("Name", "WSC Retrieve");
		String id = connection.create(new SObject[] { account })[0].getId();
		SObject[] found = connection.retrieve("Id, Name, Industry", "Account", new String[] { id, "001000000000000AAA" });
		assertThat(found).hasSize(2);
		assertThat(found[0].getId()).isEqualTo(id);
		assertThat(found[0].getField("Name")).isEqualTo("WSC Retrieve");
		assertThat(found[1]).isNull();
		connection.delete(new String[] { id });
	}

	@Test
	void upsertsOnAnExternalIdCreatingThenUpdating() throws ConnectionException {
		SObject account = new SObject("Account");
		account.setField("Name", "WSC Upsert");
		account.setField("c2g__CODAExternalId__c", "WSC-1");
		UpsertResult[] created = connection.upsert("c2g__CODAExternalId__c", new SObject[] { account });
		assertThat(created[0].isSuccess()).isTrue();
		assertThat(created[0].isCreated()).isTrue();
		account.setField("Name", "WSC Upserted");
		UpsertResult[] updated = connection.upsert("c2g__CODAExternalId__c", new SObject[] { account });
		assertThat(updated[0].isCreated()).isFalse();
		assertThat(updated[0].getId()).isEqualTo(created[0].getId());
		assertThat(emulator.value(created[0].getId(), "Name")).isEqualTo("WSC Upserted");
		connection.delete(new String[] { created[0].getId() });
	}

	@Test
	void pagesAtTheSoapDefaultOf500WithoutQueryOptions() throws ConnectionException {
		PartnerConnection fresh = connect();
		QueryResult page = fresh.query("SELECT Id, Name, Owner.Name FROM Account");
		assertThat(page.getRecords()).hasSizeLessThanOrEqualTo(500);
		SObject record = page.getRecords()[0];
		assertThat(record.getChild("Owner").getField("Name")).isNotNull();
	}

	@Test
	void reportsPerRecordErrorsInSaveResults() throws ConnectionException {
		SObject missing = new SObject("Account");
		missing.setField("Industry", "Retail");
		SaveResult[] results = connection.create(new SObject[] { missing });
		assertThat(results[0].isSuccess()).isFalse();
		assertThat(results[0].getId()).isNull();
		assertThat(results[0].getErrors()[0].getStatusCode().name()).isEqualTo("REQUIRED_FIELD_MISSING");
		assertThat(results[0].getErrors()[0].getFields()).containsExactly("Name");
	}

	@Test
	void faultsAnInvalidQueryAsMalformedQuery() {
		assertThatExceptionOfType(MalformedQueryFault.class)
			.isThrownBy(() -> connection.query("SELECT Id FROM Account WHERE"))
			.satisfies((fault) -> assertThat(fault.getExceptionCode().name()).isEqualTo("MALFORMED_QUERY"));
	}

	@Test
	void faultsAnUnknownObject() {
		assertThatExceptionOfType(InvalidSObjectFault.class)
			.isThrownBy(() -> connection.query("SELECT Id FROM NoSuchObject__c"))
			.satisfies((fault) -> assertThat(fault.getExceptionCode().name()).isEqualTo("INVALID_TYPE"));
	}

	@Test
	void faultsAnInvalidSession() throws ConnectionException {
		PartnerConnection expired = connect();
		expired.getSessionHeader().setSessionId("00Dbogus!session");
		assertThatExceptionOfType(UnexpectedErrorFault.class).isThrownBy(() -> expired.query("SELECT Id FROM Account"))
			.satisfies((fault) -> assertThat(fault.getExceptionCode().name()).isEqualTo("INVALID_SESSION_ID"));
	}

}
