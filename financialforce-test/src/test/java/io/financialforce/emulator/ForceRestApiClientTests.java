package io.financialforce.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.force.api.ApiConfig;
import com.force.api.CreateOrUpdateResult;
import com.force.api.DescribeGlobal;
import com.force.api.DescribeSObject;
import com.force.api.ForceApi;
import com.force.api.Identity;
import com.force.api.QueryResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unmodified standard Salesforce client from Maven Central ({@code com.frejo:force-rest-api}) logs in, describes,
 * writes and queries: the wire format is not only what our own client expects.
 */
class ForceRestApiClientTests {

	static FinancialForceEmulator emulator;

	static ForceApi api;

	@BeforeAll
	static void start() {
		emulator = FinancialForceEmulator.builder().scale(30).start();
		DemoCredentials credentials = emulator.credentials();
		api = new ForceApi(new ApiConfig().setLoginEndpoint(emulator.loginUrl())
			.setUsername(credentials.username())
			.setPassword(credentials.password() + credentials.securityToken())
			.setClientId(credentials.clientId())
			.setClientSecret(credentials.clientSecret())
			.setApiVersionString("v60.0"));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void logsInWithThePasswordGrantAndReadsTheIdentity() {
		assertThat(api.getSession().getApiEndpoint()).isEqualTo(emulator.instanceUrl());
		Identity identity = api.getIdentity();
		assertThat(identity.getUsername()).isEqualTo("admin@demo.financialforce.example");
		assertThat(emulator.requestCount(RequestFamily.TOKEN)).isEqualTo(1);
	}

	@Test
	void describesTheOrgAndAnObject() {
		DescribeGlobal global = api.describeGlobal();
		assertThat(global.getSObjects()).extracting((s) -> s.getName()).contains("c2g__codaInvoice__c", "Account");
		DescribeSObject invoice = api.describeSObject("c2g__codaInvoice__c");
		assertThat(invoice.getKeyPrefix()).isEqualTo("a0I");
		assertThat(invoice.getFields()).extracting((f) -> f.getName()).contains("c2g__NetTotal__c", "c2g__Account__c");
		DescribeSObject.Field netTotal = invoice.getFields().stream()
			.filter((f) -> f.getName().equals("c2g__NetTotal__c"))
			.findFirst()
			.orElseThrow();
		assertThat(netTotal.getType()).isEqualTo("double");
		assertThat(netTotal.isNillable()).isTrue();
		assertThat(netTotal.isCalculated()).isTrue();
		assertThat(invoice.getChildRelationships()).extracting((r) -> r.getRelationshipName())
			.contains("c2g__InvoiceLineItems__r");
	}

	@Test
	@SuppressWarnings("unchecked")
	void createsReadsUpdatesUpsertsAndDeletes() {
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("Name", "Force REST Ltd");
		account.put("Industry", "Technology");
		String id = api.createSObject("Account", account);
		assertThat(id).startsWith("001").hasSize(18);
		Map<String, Object> read = api.getSObject("Account", id).as(Map.class);
		assertThat(read.get("Name")).isEqualTo("Force REST Ltd");
		api.updateSObject("Account", id, Map.of("Industry", "Retail"));
		assertThat(emulator.value(id, "Industry")).isEqualTo("Retail");
		CreateOrUpdateResult upserted = api.createOrUpdateSObject("Account", "c2g__CODAExternalId__c", "FRA-1",
				Map.of("Name", "Upserted by force-rest-api"));
		assertThat(upserted).isEqualTo(CreateOrUpdateResult.CREATED);
		assertThat(api.createOrUpdateSObject("Account", "c2g__CODAExternalId__c", "FRA-1",
				Map.of("Name", "Updated by force-rest-api"))).isEqualTo(CreateOrUpdateResult.UPDATED);
		api.deleteSObject("Account", id);
		assertThat(emulator.store().read(() -> emulator.store().isDeleted(emulator.store().find(id)))).isTrue();
	}

	@Test
	void queriesWithPaging() {
		QueryResult<Map> result = api.query("SELECT Id, Name, c2g__NetTotal__c FROM c2g__codaInvoice__c ORDER BY Name");
		assertThat(result.getTotalSize()).isEqualTo(30);
		assertThat(result.isDone()).isTrue();
		List<Map> records = result.getRecords();
		assertThat(records).hasSize(30);
		assertThat(records.get(0).get("Name")).isEqualTo("SIN000001");
		QueryResult<Map> all = api.queryAll("SELECT Id FROM Account", Map.class);
		assertThat(all.getTotalSize()).isPositive();
	}

}
