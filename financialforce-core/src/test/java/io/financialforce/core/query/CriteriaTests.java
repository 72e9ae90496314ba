package io.financialforce.core.query;

import java.time.LocalDate;
import java.util.List;

import io.financialforce.core.query.Criteria.Combinator;
import io.financialforce.core.query.Criteria.Group;
import io.financialforce.core.query.Criteria.Negation;
import io.financialforce.core.query.Criteria.Predicate;
import io.financialforce.soql.ComparisonOperator;
import io.financialforce.soql.LikePattern;
import org.junit.jupiter.api.Test;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CriteriaTests {

	@Test
	void buildsOnePredicate() {
		assertThat(where("Name").is("Acme")).isEqualTo(new Predicate("Name", ComparisonOperator.EQUALS, "Acme"));
	}

	@Test
	void andThenOrGroupsLeftToRight() {
		Criteria criteria = where("a").is(1).and("b").is(2).or("c").is(3);
		assertThat(criteria).isEqualTo(new Group(Combinator.OR,
				List.of(new Group(Combinator.AND, List.of(eq("a", 1), eq("b", 2))), eq("c", 3))));
	}

	@Test
	void chainedAndsFlattenIntoOneGroup() {
		Criteria criteria = where("a").is(1).and("b").is(2).and("c").is(3);
		assertThat(criteria).isEqualTo(new Group(Combinator.AND, List.of(eq("a", 1), eq("b", 2), eq("c", 3))));
	}

	@Test
	void aCriteriaPassedWholeStaysAGroup() {
		Criteria criteria = where("a").is(1).and(where("b").is(2).or("c").is(3));
		assertThat(criteria).isEqualTo(new Group(Combinator.AND,
				List.of(eq("a", 1), new Group(Combinator.OR, List.of(eq("b", 2), eq("c", 3))))));
	}

	@Test
	void betweenIsTwoInclusiveBounds() {
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2024, 3, 31);
		assertThat(where("c2g__DueDate__c").between(from, to)).isEqualTo(new Group(Combinator.AND,
				List.of(new Predicate("c2g__DueDate__c", ComparisonOperator.GREATER_THAN_OR_EQUAL, from),
						new Predicate("c2g__DueDate__c", ComparisonOperator.LESS_THAN_OR_EQUAL, to))));
	}

	@Test
	void textSearchesEscapeWildcardsOfTheValue() {
		assertThat(where("Name").startsWith("50%_off")).isEqualTo(
				new Predicate("Name", ComparisonOperator.LIKE, new LikePattern("50\\%\\_off%")));
		assertThat(where("Name").contains("a\\b")).isEqualTo(
				new Predicate("Name", ComparisonOperator.LIKE, new LikePattern("%a\\\\b%")));
		assertThat(where("Name").endsWith("x")).isEqualTo(
				new Predicate("Name", ComparisonOperator.LIKE, new LikePattern("%x")));
	}

	@Test
	void likeTakesARawPattern() {
		assertThat(where("Name").like("Ac_e%")).isEqualTo(
				new Predicate("Name", ComparisonOperator.LIKE, new LikePattern("Ac_e%")));
	}

	@Test
	void notLikeAndNotContainsAreNegations() {
		assertThat(where("Name").notLike("A%")).isEqualTo(
				new Negation(new Predicate("Name", ComparisonOperator.LIKE, new LikePattern("A%"))));
		assertThat(where("Name").notContains("x")).isEqualTo(
				new Negation(new Predicate("Name", ComparisonOperator.LIKE, new LikePattern("%x%"))));
	}

	@Test
	void nullChecksCompareWithNull() {
		assertThat(where("Phone").isNull()).isEqualTo(new Predicate("Phone", ComparisonOperator.EQUALS, null));
		assertThat(where("Phone").isNotNull()).isEqualTo(new Predicate("Phone", ComparisonOperator.NOT_EQUALS, null));
	}

	@Test
	void inAndIncludesTakeLists() {
		assertThat(where("Status").in("A", "B")).isEqualTo(new Predicate("Status", ComparisonOperator.IN, List.of("A", "B")));
		assertThat(where("Tags__c").includes("a;b", "c"))
			.isEqualTo(new Predicate("Tags__c", ComparisonOperator.INCLUDES, List.of("a;b", "c")));
	}

	@Test
	void emptyCriteriaVanishesWhenCombined() {
		Criteria criteria = where("a").is(1);
		assertThat(Criteria.empty().and(criteria)).isSameAs(criteria);
		assertThat(criteria.or(Criteria.empty())).isSameAs(criteria);
		assertThat(Criteria.empty().isEmpty()).isTrue();
	}

	@Test
	void rejectsEmptyOrNullValueLists() {
		assertThatIllegalArgumentException().isThrownBy(() -> where("Status").in(List.of()))
			.withMessage("The values compared with 'Status' must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> where("Status").in("A", null))
			.withMessage("The values compared with 'Status' must not hold null");
	}

	@Test
	void rejectsNullForOrderedComparisons() {
		assertThatIllegalArgumentException().isThrownBy(() -> where("Amount").lessThan(null))
			.withMessage("The value compared with 'Amount' must not be null; use isNull()");
	}

	private static Predicate eq(String key, Object value) {
		return new Predicate(key, ComparisonOperator.EQUALS, value);
	}

}
