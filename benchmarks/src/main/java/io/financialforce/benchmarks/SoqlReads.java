package io.financialforce.benchmarks;

import io.financialforce.soql.Soql;
import io.financialforce.soql.SelectBuilder;

/**
 * The read workloads for a library that takes SOQL text: the statements a user of that library would write, rendered
 * (with their values escaped) by the {@code io.financialforce.soql} builder.
 */
final class SoqlReads implements Reads {

	private static final String INVOICE = "c2g__codaInvoice__c";

	private final SoqlClient client;

	SoqlReads(SoqlClient client) {
		this.client = client;
	}

	static SelectBuilder invoices() {
		return Soql.select(Entities.INVOICE_FIELD_NAMES).from(INVOICE);
	}

	@Override
	public long findAll(int limit) {
		return this.client.query(invoices().limit(limit).build().toSoql(), true);
	}

	@Override
	public long findAll() {
		return this.client.query(invoices().build().toSoql(), true);
	}

	@Override
	public long findByNamePrefix(String prefix) {
		return this.client.query(invoices().where(Soql.field("Name").startsWith(prefix)).build().toSoql(), true);
	}

	@Override
	public long count() {
		return this.client.count(Soql.select(Soql.count()).from(INVOICE).build().toSoql());
	}

	@Override
	public long exists() {
		String soql = Soql.select("Id")
			.from(INVOICE)
			.where(Soql.field("c2g__InvoiceStatus__c").eq("Complete"))
			.limit(1)
			.build()
			.toSoql();
		return Math.min(1, this.client.query(soql, false));
	}

	@Override
	public long findById(String id) {
		return this.client.findInvoice(id);
	}

	@Override
	public long pageAt(int offset, int size) {
		return this.client.query(invoices().orderBy(Soql.asc("Id")).limit(size).offset(offset).build().toSoql(), true);
	}

	@Override
	public long windowAfter(String lastId, int size) {
		String soql = invoices().where(Soql.field("Id").gt(lastId)).orderBy(Soql.asc("Id")).limit(size).build().toSoql();
		return this.client.query(soql, true);
	}

	@Override
	public long stream() {
		return this.client.query(invoices().build().toSoql(), false);
	}

}
