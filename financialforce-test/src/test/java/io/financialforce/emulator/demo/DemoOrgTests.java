package io.financialforce.emulator.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.financialforce.emulator.org.FieldDef;
import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.RecordRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrgTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void theSameSeedGivesTheSameData() {
		assertThat(snapshot(generate(200, 7))).isEqualTo(snapshot(generate(200, 7)));
		assertThat(snapshot(generate(200, 7))).isNotEqualTo(snapshot(generate(200, 8)));
	}

	@Test
	void theOtherObjectsScaleWithTheInvoices() {
		OrgStore store = generate(400, 1);
		assertThat(store.rowCount(store.object("c2g__codaInvoice__c"))).isEqualTo(400);
		assertThat(store.rowCount(store.object("c2g__codaInvoiceLineItem__c"))).isBetween(400, 1200);
		assertThat(store.rowCount(store.object("Account"))).isEqualTo(20);
		assertThat(store.rowCount(store.object("c2g__codaPurchaseInvoice__c"))).isEqualTo(80);
		assertThat(store.rowCount(store.object("c2g__codaPeriod__c"))).isEqualTo(48);
		assertThat(store.rowCount(store.object("c2g__codaCompany__c"))).isEqualTo(2);
	}

	@Test
	void netTotalsEqualTheSumOfTheLines() {
		OrgStore store = generate(100, 3);
		ObjectDef invoice = store.object("c2g__codaInvoice__c");
		ObjectDef line = store.object("c2g__codaInvoiceLineItem__c");
		java.util.Map<String, java.math.BigDecimal> sums = new java.util.HashMap<>();
		for (int row = 0; row < store.rowCount(line); row++) {
			RecordRef record = new RecordRef(line, row);
			sums.merge((String) store.value(record, line.field("c2g__Invoice__c")),
					(java.math.BigDecimal) store.value(record, line.field("c2g__NetValue__c")), java.math.BigDecimal::add);
		}
		for (int row = 0; row < store.rowCount(invoice); row++) {
			RecordRef record = new RecordRef(invoice, row);
			assertThat((java.math.BigDecimal) store.value(record, invoice.field("c2g__NetTotal__c")))
				.isEqualByComparingTo(sums.get(store.id(record)));
		}
	}

	private static OrgStore generate(int invoices, long seed) {
		OrgStore store = new OrgStore(DemoOrg.schema(), CLOCK);
		DemoOrg.populate(store, invoices, seed, "admin@demo.financialforce.example");
		return store;
	}

	private static List<Object> snapshot(OrgStore store) {
		List<Object> values = new ArrayList<>();
		for (String name : List.of("Account", "c2g__codaInvoice__c", "c2g__codaInvoiceLineItem__c")) {
			ObjectDef object = store.object(name);
			for (int row = 0; row < store.rowCount(object); row++) {
				for (FieldDef field : object.fields()) {
					values.add(String.valueOf(store.value(new RecordRef(object, row), field)));
				}
			}
		}
		return values;
	}

}
