package io.financialforce.emulator.org;

import java.time.Clock;
import java.util.Map;

import io.financialforce.emulator.demo.DemoOrg;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrgJsonLoaderTests {

	@Test
	void loadsObjectsAndATreeOfRecords() {
		OrgStore store = new OrgStore(DemoOrg.schema(), Clock.systemUTC());
		DemoOrg.populate(store, -1, 1, "admin@example.com");
		Map<String, String> ids = OrgJsonLoader.load(store, """
				{"objects":[{"name":"Note__c","label":"Note","keyPrefix":"a9N",
				   "fields":[{"name":"Name","type":"string","length":80,"nillable":false},
				             {"name":"Account__c","type":"reference","referenceTo":["Account"],"childRelationshipName":"Notes__r"},
				             {"name":"Kind__c","type":"picklist","picklistValues":[{"value":"A","defaultValue":true},{"value":"B"}]}]}],
				 "records":[{"attributes":{"type":"Account","referenceId":"acme"},"Name":"Acme",
				   "Contacts":{"records":[{"attributes":{"type":"Contact","referenceId":"doe"},"LastName":"Doe"}]},
				   "Notes__r":{"records":[{"attributes":{"type":"Note__c","referenceId":"n1"},"Name":"First"}]}}]}
				""");
		assertThat(ids).containsOnlyKeys("acme", "doe", "n1");
		RecordRef contact = store.find(ids.get("doe"));
		assertThat(store.value(contact, contact.object().field("AccountId"))).isEqualTo(ids.get("acme"));
		RecordRef note = store.find(ids.get("n1"));
		assertThat(store.value(note, note.object().field("Kind__c"))).isEqualTo("A");
		assertThat(note.object().keyPrefix()).isEqualTo("a9N");
		assertThat(store.value(note, note.object().field("Account__c"))).isEqualTo(ids.get("acme"));
	}

	@Test
	void keepsGivenIds() {
		OrgStore store = new OrgStore(DemoOrg.schema(), Clock.systemUTC());
		DemoOrg.populate(store, -1, 1, "admin@example.com");
		OrgJsonLoader.load(store, """
				[{"attributes":{"type":"Account"},"Id":"001A0000006Vm9rIAC","Name":"Given"},
				 {"attributes":{"type":"Contact"},"LastName":"Ref","AccountId":"001A0000006Vm9r"}]""");
		RecordRef account = store.find("001A0000006Vm9rIAC");
		assertThat(store.value(account, account.object().field("Name"))).isEqualTo("Given");
	}

	@Test
	void malformedJsonIsAClearError() {
		OrgStore store = new OrgStore(DemoOrg.schema(), Clock.systemUTC());
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> OrgJsonLoader.load(store, "{"))
			.withMessageStartingWith("The emulator data is not valid JSON");
	}

}
