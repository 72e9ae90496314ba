package io.financialforce.emulator.org;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.EXTERNAL_ID;
import static io.financialforce.emulator.org.ObjectDefBuilder.Trait.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The store on its own: validation, roll-ups kept consistent, transactions and savepoints, recycle bin.
 */
class OrgStoreTests {

	private static final Instant NOW = Instant.parse("2026-01-10T09:30:00Z");

	private OrgStore store;

	private ObjectDef order;

	private ObjectDef line;

	private ObjectDef note;

	@BeforeEach
	void setUp() {
		Schema schema = new Schema();
		schema.add(ObjectDef.builder("User", "User", "Users", "005").unowned().name("Name", 80).build());
		this.order = ObjectDef.builder("Order__c", "Order", "Orders", "a01")
			.autoNumberName("Order Number", "ORD-{0000}")
			.text("Ref__c", "Reference", 10, EXTERNAL_ID)
			.date("Day__c", "Day", REQUIRED)
			.defaultValue(FieldDef.TODAY)
			.picklist("Stage__c", "Stage", "Open*,Closed")
			.rollupSum("Total__c", "Total", 2, "Line__c", "Order__c", "Amount__c")
			.build();
		this.line = ObjectDef.builder("Line__c", "Line", "Lines", "a02")
			.autoNumberName("Line", "{0}")
			.masterDetail("Order__c", "Order", "Order__c", "Lines__r")
			.number("Amount__c", "Amount", 18, 2, REQUIRED)
			.build();
		this.note = ObjectDef.builder("Note__c", "Note", "Notes", "a03")
			.autoNumberName("Note", "N-{0}")
			.lookup("About__c", "About", "Order__c", "Notes__r")
			.lookup("Line__c", "Line", "Line__c", "Notes__r", REQUIRED)
			.build();
		schema.add(this.order);
		schema.add(this.line);
		schema.add(this.note);
		this.store = new OrgStore(schema, Clock.fixed(NOW, ZoneOffset.UTC));
		this.store.insert(schema.get("User"), Map.of("Name", "Admin"));
	}

	@Test
	void fillsDefaultsAutoNumbersAndSystemFields() {
		String id = this.store.insert(this.order, Map.of());
		assertThat(value(id, "Name")).isEqualTo("ORD-0001");
		assertThat(value(id, "Day__c")).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(value(id, "Stage__c")).isEqualTo("Open");
		assertThat(value(id, "Total__c")).isEqualTo(new BigDecimal("0.00"));
		assertThat(value(id, "CreatedDate")).isEqualTo(NOW);
		assertThat(value(id, "OwnerId")).isEqualTo(this.store.userId());
		assertThat(value(this.store.insert(this.order, Map.of()), "Name")).isEqualTo("ORD-0002");
	}

	@Test
	void rollupsFollowInsertsUpdatesDeletesAndRollbacks() {
		String order = this.store.insert(this.order, Map.of());
		String first = this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", new BigDecimal("10.25")));
		this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", "4.75"));
		assertThat(value(order, "Total__c")).isEqualTo(new BigDecimal("15.00"));
		this.store.update(this.line, first, Map.of("Amount__c", 20));
		assertThat(value(order, "Total__c")).isEqualTo(new BigDecimal("24.75"));
		this.store.atomically((tx) -> {
			this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", 100));
			this.store.delete(this.line, first);
			tx.setRollbackOnly();
			return null;
		});
		assertThat(value(order, "Total__c")).isEqualTo(new BigDecimal("24.75"));
		this.store.delete(this.line, first);
		assertThat(value(order, "Total__c")).isEqualTo(new BigDecimal("4.75"));
	}

	@Test
	void savepointsUndoOnlyLaterWrites() {
		this.store.atomically((tx) -> {
			this.store.insert(this.order, Map.of("Ref__c", "KEEP"));
			int savepoint = tx.savepoint();
			this.store.insert(this.order, Map.of("Ref__c", "DROP"));
			tx.rollbackTo(savepoint);
			return null;
		});
		assertThat(this.store.findByIndexedField(this.order, this.order.field("Ref__c"), "keep")).hasSize(1);
		assertThat(this.store.findByIndexedField(this.order, this.order.field("Ref__c"), "DROP")).isEmpty();
		assertThat(this.store.rowCount(this.order)).isEqualTo(1);
	}

	@Test
	void aFailedWriteLeavesNothingBehind() {
		String order = this.store.insert(this.order, Map.of("Ref__c", "A"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.store.insert(this.order, Map.of("Ref__c", "a")))
			.satisfies((ex) -> assertThat(ex.errors().get(0).errorCode()).isEqualTo("DUPLICATE_VALUE"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.store.insert(this.line, Map.of("Order__c", order)))
			.satisfies((ex) -> assertThat(ex.errors().get(0).fields()).containsExactly("Amount__c"));
		assertThat(this.store.rowCount(this.order)).isEqualTo(1);
		assertThat(this.store.rowCount(this.line)).isZero();
	}

	@Test
	void deletingAMasterDeletesItsDetailsToTheRecycleBin() {
		String order = this.store.insert(this.order, Map.of());
		String line = this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", 1));
		this.store.delete(null, order);
		assertThat(this.store.isDeleted(this.store.find(line))).isTrue();
		assertThat(value(order, "IsDeleted")).isEqualTo(true);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.store.update(this.order, order, Map.of()))
			.satisfies((ex) -> assertThat(ex.errors().get(0).errorCode()).isEqualTo("ENTITY_IS_DELETED"));
	}

	@Test
	void referencesByExternalIdResolveThroughTheRelationship() {
		String order = this.store.insert(this.order, Map.of("Ref__c", "EXT-9"));
		String line = this.store.insert(this.line,
				Map.of("Order__r", Map.of("Ref__c", "ext-9"), "Amount__c", BigDecimal.ONE));
		assertThat(value(line, "Order__c")).isEqualTo(order);
	}

	@Test
	void upsertAnswersCreatedThenUpdated() {
		FieldDef ref = this.order.field("Ref__c");
		UpsertResult created = this.store.upsert(this.order, ref, "U-1", Map.of("Stage__c", "Open"));
		UpsertResult updated = this.store.upsert(this.order, ref, "u-1", Map.of("Stage__c", "Closed"));
		assertThat(created.created()).isTrue();
		assertThat(updated.created()).isFalse();
		assertThat(updated.id()).isEqualTo(created.id());
		assertThat(value(created.id(), "Stage__c")).isEqualTo("Closed");
	}

	@Test
	void deletingARecordClearsTheLookupsOfOnlyTheRecordsPointingAtIt() {
		String kept = this.store.insert(this.order, Map.of());
		String deleted = this.store.insert(this.order, Map.of());
		String line = this.store.insert(this.line, Map.of("Order__c", this.store.insert(this.order, Map.of()),
				"Amount__c", 1));
		String first = this.store.insert(this.note, Map.of("About__c", deleted, "Line__c", line));
		String other = this.store.insert(this.note, Map.of("About__c", kept, "Line__c", line));
		String moved = this.store.insert(this.note, Map.of("About__c", kept, "Line__c", line));
		this.store.delete(this.order, deleted);
		this.store.update(this.note, moved, Map.of("About__c", kept));
		this.store.update(this.note, other, Map.of("About__c", kept));
		assertThat(value(first, "About__c")).isNull();
		assertThat(value(other, "About__c")).isEqualTo(kept);
		this.store.delete(this.order, kept);
		assertThat(value(other, "About__c")).as("the index follows updates made after it was built").isNull();
		assertThat(value(moved, "About__c")).isNull();
		assertThat(value(first, "IsDeleted")).isEqualTo(false);
	}

	@Test
	void aRecordWithRequiredLookupsPointingAtItCannotBeDeletedAndNamesTheFirst() {
		String order = this.store.insert(this.order, Map.of());
		String line = this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", 1));
		String gone = this.store.insert(this.note, Map.of("Line__c", line));
		String first = this.store.insert(this.note, Map.of("Line__c", line));
		this.store.insert(this.note, Map.of("Line__c", line));
		this.store.delete(this.note, gone);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.store.delete(this.line, line))
			.satisfies((ex) -> assertThat(ex.errors().get(0).errorCode()).isEqualTo("DELETE_FAILED"))
			.satisfies((ex) -> assertThat(ex.errors().get(0).message()).endsWith("notes: " + first));
		assertThatExceptionOfType(ApiException.class).as("the restriction holds through a cascade")
			.isThrownBy(() -> this.store.delete(this.order, order));
		assertThat(value(order, "IsDeleted")).isEqualTo(false);
		assertThat(value(line, "IsDeleted")).isEqualTo(false);
	}

	@Test
	void aRolledBackDeleteCanBeRepeated() {
		String order = this.store.insert(this.order, Map.of());
		String line = this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", 2));
		String note = this.store.insert(this.note, Map.of("About__c", order, "Line__c", this.store.insert(this.line,
				Map.of("Order__c", this.store.insert(this.order, Map.of()), "Amount__c", 3))));
		this.store.atomically((tx) -> {
			this.store.delete(this.order, order);
			String late = this.store.insert(this.line, Map.of("Order__c", this.store.insert(this.order, Map.of()),
					"Amount__c", 4));
			this.store.delete(this.line, late);
			tx.setRollbackOnly();
			return null;
		});
		assertThat(value(line, "IsDeleted")).isEqualTo(false);
		assertThat(value(note, "About__c")).isEqualTo(order);
		String added = this.store.insert(this.line, Map.of("Order__c", order, "Amount__c", 5));
		this.store.delete(this.order, order);
		assertThat(value(line, "IsDeleted")).isEqualTo(true);
		assertThat(value(added, "IsDeleted")).isEqualTo(true);
		assertThat(value(note, "About__c")).isNull();
	}

	private Object value(String id, String field) {
		RecordRef record = this.store.find(id);
		return this.store.value(record, record.object().field(field));
	}

}
