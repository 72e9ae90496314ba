package io.financialforce.benchmarks.micro;

import java.time.LocalDate;

/**
 * One page of a query result as the REST API returns it: {@value #RECORDS} {@code c2g__codaInvoice__c} records, each
 * with its {@code attributes}, dates, decimals, a timestamp, a field the mapping ignores and the nested parent
 * account.
 */
final class InvoicePage {

	static final int RECORDS = 2000;

	private static final String[] STATUSES = { "Complete", "In Progress", "Discarded" };

	private InvoicePage() {
	}

	static String json() {
		StringBuilder json = new StringBuilder(RECORDS * 700);
		json.append("{\"totalSize\":100000,\"done\":false,")
			.append("\"nextRecordsUrl\":\"/services/data/v65.0/query/0r8xx3dD0bXkLCtAAG-2000\",\"records\":[");
		LocalDate start = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < RECORDS; i++) {
			String id = String.format("a0X5g%013d", i);
			String accountId = String.format("0015g%010dAAV", i % 97);
			LocalDate invoiceDate = start.plusDays(i % 365);
			long cents = 10_000L + (i * 7919L) % 1_000_000L;
			json.append((i == 0) ? "" : ",")
				.append("{\"attributes\":{\"type\":\"c2g__codaInvoice__c\",\"url\":\"/services/data/v65.0/sobjects/")
				.append("c2g__codaInvoice__c/").append(id).append("\"},")
				.append("\"Id\":\"").append(id).append("\",")
				.append("\"Name\":\"SIN").append(String.format("%06d", i)).append("\",")
				.append("\"c2g__Account__c\":\"").append(accountId).append("\",")
				.append("\"c2g__Account__r\":{\"attributes\":{\"type\":\"Account\",\"url\":\"/services/data/v65.0/")
				.append("sobjects/Account/").append(accountId).append("\"},\"Id\":\"").append(accountId)
				.append("\",\"Name\":\"Customer ").append(i % 97).append(" Ltd\"},")
				.append("\"c2g__InvoiceDate__c\":\"").append(invoiceDate).append("\",")
				.append("\"c2g__DueDate__c\":\"").append(invoiceDate.plusDays(30)).append("\",")
				.append("\"c2g__InvoiceStatus__c\":\"").append(STATUSES[i % STATUSES.length]).append("\",")
				.append("\"c2g__NetTotal__c\":").append(cents / 100).append('.').append(String.format("%02d", cents % 100))
				.append(",\"c2g__InvoiceTotal__c\":").append(cents * 12 / 1000).append('.')
				.append(String.format("%02d", cents * 12 / 10 % 100))
				.append(",\"c2g__OwnerCompany__c\":\"a1C5g00000XyZ01AAB\",")
				.append("\"CreatedDate\":\"").append(invoiceDate).append("T08:15:30.000+0000\"}");
		}
		return json.append("]}").toString();
	}

}
