package io.financialforce.core.query;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QueryTests {

	@Test
	void eachStepReturnsANewQuery() {
		Query base = Query.query(where("Name").is("Acme"));
		Query limited = base.limit(10);
		assertThat(base.limit()).isNull();
		assertThat(limited.limit()).isEqualTo(10);
		assertThat(limited.criteria()).isEqualTo(base.criteria());
	}

	@Test
	void pageableSetsLimitOffsetAndSort() {
		Query query = Query.empty().with(PageRequest.of(3, 25, Sort.by("Name")));
		assertThat(query.limit()).isEqualTo(25);
		assertThat(query.offset()).isEqualTo(75);
		assertThat(query.sort()).isEqualTo(Sort.by("Name"));
	}

	@Test
	void sortsAccumulate() {
		Query query = Query.empty().sort(Sort.by("a")).sort(Sort.by(Sort.Direction.DESC, "b"));
		assertThat(query.sort()).isEqualTo(Sort.by("a").and(Sort.by(Sort.Direction.DESC, "b")));
	}

	@Test
	void includesAccumulateWithoutDuplicates() {
		Query query = Query.empty().include("account").include("lines", "account");
		assertThat(query.includes()).containsExactlyInAnyOrder("account", "lines");
	}

	@Test
	void rejectsNegativeLimitAndOffset() {
		assertThatIllegalArgumentException().isThrownBy(() -> Query.empty().limit(-1));
		assertThat(Query.empty().includingDeleted().includeDeleted()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Query.empty().offset(-1));
	}

	@Test
	void equalQueriesAreEqual() {
		assertThat(Query.query(where("a").is(1)).limit(5)).isEqualTo(Query.query(where("a").is(1)).limit(5))
			.hasSameHashCodeAs(Query.query(where("a").is(1)).limit(5));
	}

}
