package io.financialforce.core.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PicklistEnumTests {

	@Test
	void mapsConstantsByAnnotationOrName() {
		PicklistEnum<Stage> stages = PicklistEnum.of(Stage.class);
		assertThat(stages.apiValues()).containsExactly("Ready to Post", "Complete");
		assertThat(stages.constantOf("Ready to Post")).isEqualTo(Stage.READY_TO_POST);
		assertThat(stages.constantOf("complete")).isEqualTo(Stage.Complete);
		assertThat(stages.constantOf("Discarded")).isNull();
		assertThat(stages.unknownConstant()).isNull();
		assertThat(PicklistEnum.of(Stage.class)).isSameAs(stages);
	}

	@Test
	void rejectsContradictoryAnnotations() {
		assertThatExceptionOfType(InvalidMappingException.class).isThrownBy(() -> PicklistEnum.of(TwoUnknowns.class))
			.withMessageContaining("marks both A and B @UnknownPicklistValue");
		assertThatExceptionOfType(InvalidMappingException.class).isThrownBy(() -> PicklistEnum.of(SameValue.class))
			.withMessageContaining("maps both A and B to the picklist value 'x'");
	}

	enum Stage {

		@PicklistValue("Ready to Post")
		READY_TO_POST, Complete

	}

	enum TwoUnknowns {

		@UnknownPicklistValue
		A, @UnknownPicklistValue
		B

	}

	enum SameValue {

		@PicklistValue("x")
		A, @PicklistValue("x")
		B

	}

}
