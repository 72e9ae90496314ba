package io.financialforce.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoqlFromTests {

	@Test
	void findsTheOuterFromPastSubqueriesAndLiterals() {
		assertThat(SoqlFrom.objectOf("SELECT Id, (SELECT Id FROM Lines__r) FROM c2g__codaInvoice__c WHERE"
				+ " Name = 'It\\'s FROM x' LIMIT 5")).isEqualTo("c2g__codaInvoice__c");
		assertThat(SoqlFrom.objectOf("select count() from Account a")).isEqualTo("Account");
		assertThat(SoqlFrom.objectOf("SELECT Id FROM\n\tContact")).isEqualTo("Contact");
	}

	@Test
	void findsNothingWithoutAnOuterFrom() {
		assertThat(SoqlFrom.objectOf("SELECT Id")).isNull();
		assertThat(SoqlFrom.objectOf("SELECT FromDate__c FROM ")).isNull();
	}

}
