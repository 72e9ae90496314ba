package io.financialforce.emulator.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalesforceIdsTests {

	@Test
	void addsTheCaseSafeSuffix() {
		assertThat(SalesforceIds.to18("001A0000006Vm9r")).isEqualTo("001A0000006Vm9rIAC");
		assertThat(SalesforceIds.to18("003000000000000")).isEqualTo("003000000000000AAA");
	}

	@Test
	void encodesAndDecodesSequenceNumbers() {
		String id = SalesforceIds.id("a0I", 1_000_000);
		assertThat(id).hasSize(18).startsWith("a0IDm00");
		assertThat(SalesforceIds.to18(id.substring(0, 15))).isEqualTo(id);
		assertThat(SalesforceIds.sequence(id)).isEqualTo(1_000_000);
		assertThat(SalesforceIds.sequence(id.substring(0, 15))).isEqualTo(1_000_000);
		assertThat(SalesforceIds.sequence(id.substring(0, 15) + "AAA")).as("a wrong suffix").isEqualTo(-1);
		assertThat(SalesforceIds.sequence("001A0000006Vm9rIAC")).as("not this org's form").isEqualTo(-1);
	}

	@Test
	void recognisesIdShapes() {
		assertThat(SalesforceIds.isIdShaped("001A0000006Vm9rIAC")).isTrue();
		assertThat(SalesforceIds.isIdShaped("001A0000006Vm9riac")).as("the suffix ignores case").isTrue();
		assertThat(SalesforceIds.isIdShaped("001A0000006Vm9r")).isTrue();
		assertThat(SalesforceIds.isIdShaped("001A0000006Vm9rXXX")).isFalse();
		assertThat(SalesforceIds.isIdShaped("not-an-id")).isFalse();
	}

}
