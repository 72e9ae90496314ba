package io.financialforce.emulator.demo;

import io.financialforce.emulator.org.ObjectDef;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.org.SalesforceIds;
import io.financialforce.emulator.org.Schema;

/**
 * The FinancialForce demo org: its schema (standard objects, Accounting and PSA objects) and its seeded data.
 */
public final class DemoOrg {

	/** The demo org's id. */
	public static final String ORGANIZATION_ID = SalesforceIds.id("00D", 1);

	/** The default number of sales invoices. */
	public static final int DEFAULT_INVOICES = 1000;

	private DemoOrg() {
	}

	/**
	 * The demo org's objects.
	 * @return a new schema
	 */
	public static Schema schema() {
		Schema schema = new Schema();
		for (ObjectDef object : StandardObjects.all()) {
			schema.add(object);
		}
		for (ObjectDef object : AccountingObjects.all()) {
			schema.add(object);
		}
		return schema;
	}

	/**
	 * Fills a store over {@link #schema()} with the seeded demo data.
	 * @param store the empty store
	 * @param invoices the number of sales invoices; the other objects scale with it
	 * @param seed the seed of the generator (same seed, same data)
	 * @param adminUsername the username of the admin user (the API user)
	 */
	public static void populate(OrgStore store, int invoices, long seed, String adminUsername) {
		new DemoData(store, seed).generate(invoices, adminUsername);
	}

}
