package io.financialforce.repository.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.query.Criteria;
import io.financialforce.core.query.Query;
import io.financialforce.repository.sample.Account;
import io.financialforce.repository.sample.Invoice;
import io.financialforce.repository.sample.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

import static io.financialforce.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Method name to {@link Query}: one test per keyword, after Spring Data MongoDB's query creator tests.
 */
class FinancialForceQueryCreatorTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	private static final FinancialForceMappingContext MAPPING = new FinancialForceMappingContext();

	@Test
	void simplePropertyIsEquality() {
		assertThat(create("findByName", "INV-1")).isEqualTo(Query.query(where("name").is("INV-1")));
	}

	@Test
	void isAndEqualsAreEquality() {
		assertThat(create("findByNameIs", "a")).isEqualTo(create("findByNameEquals", "a"))
			.isEqualTo(Query.query(where("name").is("a")));
	}

	@Test
	void nullArgumentIsNullCheck() {
		assertThat(create("findByName", (Object) null)).isEqualTo(Query.query(where("name").isNull()));
	}

	@Test
	void andCombinesPredicates() {
		assertThat(create("findByNameAndTotal", "a", BigDecimal.TEN))
			.isEqualTo(Query.query(where("name").is("a").and("total").is(BigDecimal.TEN)));
	}

	@Test
	void orGroupsAndParts() {
		Query query = create("findByNameAndPaidTrueOrTotal", "a", BigDecimal.ONE);
		assertThat(query.criteria()).isEqualTo(
				where("name").is("a").and(where("paid").isTrue()).or(where("total").is(BigDecimal.ONE)));
		assertThat(query.criteria()).isInstanceOf(Criteria.Group.class);
		assertThat(((Criteria.Group) query.criteria()).combinator()).isEqualTo(Criteria.Combinator.OR);
	}

	@Test
	void notIsInequality() {
		assertThat(create("findByNameNot", "a")).isEqualTo(Query.query(where("name").not("a")));
	}

	@Test
	void betweenIsInclusiveRange() {
		assertThat(create("findByTotalBetween", BigDecimal.ONE, BigDecimal.TEN))
			.isEqualTo(Query.query(where("total").between(BigDecimal.ONE, BigDecimal.TEN)));
	}

	@Test
	void lessAndGreaterThan() {
		assertThat(create("findByTotalLessThan", BigDecimal.TEN))
			.isEqualTo(Query.query(where("total").lessThan(BigDecimal.TEN)));
		assertThat(create("findByTotalLessThanEqual", BigDecimal.TEN))
			.isEqualTo(Query.query(where("total").lessThanOrEquals(BigDecimal.TEN)));
		assertThat(create("findByTotalGreaterThan", BigDecimal.TEN))
			.isEqualTo(Query.query(where("total").greaterThan(BigDecimal.TEN)));
		assertThat(create("findByTotalGreaterThanEqual", BigDecimal.TEN))
			.isEqualTo(Query.query(where("total").greaterThanOrEquals(BigDecimal.TEN)));
	}

	@Test
	void beforeAndAfterCompareDates() {
		assertThat(create("findByDueDateBefore", DAY)).isEqualTo(Query.query(where("dueDate").lessThan(DAY)));
		assertThat(create("findByDueDateAfter", DAY)).isEqualTo(Query.query(where("dueDate").greaterThan(DAY)));
	}

	@Test
	void comparisonWithNullFails() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> create("findByTotalLessThan", (Object) null))
			.withMessageContaining("'total' must not be null; use IsNull");
	}

	@Test
	void isNullAndIsNotNull() {
		assertThat(create("findByDueDateIsNull")).isEqualTo(Query.query(where("dueDate").isNull()));
		assertThat(create("findByDueDateIsNotNull")).isEqualTo(Query.query(where("dueDate").isNotNull()));
	}

	@Test
	void likeKeepsTheCallersWildcards() {
		assertThat(create("findByNameLike", "INV-%")).isEqualTo(Query.query(where("name").like("INV-%")));
		assertThat(create("findByNameNotLike", "INV-%")).isEqualTo(Query.query(where("name").notLike("INV-%")));
	}

	@Test
	void startingEndingContainingEscapeWildcards() {
		assertThat(create("findByNameStartingWith", "50%")).isEqualTo(Query.query(where("name").startsWith("50%")));
		assertThat(create("findByNameEndingWith", "_x")).isEqualTo(Query.query(where("name").endsWith("_x")));
		assertThat(create("findByNameContaining", "a")).isEqualTo(Query.query(where("name").contains("a")));
		assertThat(create("findByNameNotContaining", "a")).isEqualTo(Query.query(where("name").notContains("a")));
		assertThat(create("findByNameStartingWith", "50%").criteria())
			.isEqualTo(new Criteria.Predicate("name", io.financialforce.soql.ComparisonOperator.LIKE,
					new io.financialforce.soql.LikePattern("50\\%%")));
	}

	@Test
	void containingOnMultiPicklistIsIncludes() {
		assertThat(create("findByTagsContaining", "Urgent")).isEqualTo(Query.query(where("tags").includes("Urgent")));
		assertThat(create("findByTagsContaining", List.of("a;b", "c")))
			.isEqualTo(Query.query(where("tags").includes("a;b", "c")));
		assertThat(create("findByTagsNotContaining", "Urgent"))
			.isEqualTo(Query.query(where("tags").excludes("Urgent")));
	}

	@Test
	void inAndNotInTakeCollectionsAndArrays() {
		assertThat(create("findByNameIn", List.of("a", "b"))).isEqualTo(Query.query(where("name").in("a", "b")));
		assertThat(create("findByNameIn", (Object) new String[] { "a", "b" }))
			.isEqualTo(Query.query(where("name").in("a", "b")));
		assertThat(create("findByNameNotIn", Set.of("a"))).isEqualTo(Query.query(where("name").notIn("a")));
	}

	@Test
	void emptyInMatchesNothingAndEmptyNotInEverything() {
		assertThat(create("findByNameIn", List.of())).isEqualTo(Query.query(where("id").isNull()));
		assertThat(create("findByNameNotIn", List.of())).isEqualTo(Query.query(where("id").isNotNull()));
	}

	@Test
	void inWithNullFails() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> create("findByNameIn", java.util.Arrays.asList("a", null)))
			.withMessageContaining("use IsNull");
	}

	@Test
	void trueAndFalse() {
		assertThat(create("findByPaidTrue")).isEqualTo(Query.query(where("paid").isTrue()));
		assertThat(create("findByPaidFalse")).isEqualTo(Query.query(where("paid").isFalse()));
	}

	@Test
	void ignoreCaseIsAcceptedAsSoqlComparesCaseInsensitively() {
		assertThat(create("findByNameIgnoreCase", "inv-1")).isEqualTo(Query.query(where("name").is("inv-1")));
		assertThat(create("findByNameStartingWithAllIgnoreCase", "inv"))
			.isEqualTo(Query.query(where("name").startsWith("inv")));
	}

	@Test
	void isEmptyOnMultiPicklistIsNullCheck() {
		assertThat(create("findByTagsIsEmpty")).isEqualTo(Query.query(where("tags").isNull()));
		assertThat(create("findByTagsIsNotEmpty")).isEqualTo(Query.query(where("tags").isNotNull()));
	}

	@Test
	void picklistValuesKeepJavaValues() {
		assertThat(create("findByStatus", Status.COMPLETE)).isEqualTo(Query.query(where("status").is(Status.COMPLETE)));
	}

	@Test
	void parentPathsBecomeDottedKeys() {
		assertThat(create("findByAccount_Name", "Acme")).isEqualTo(Query.query(where("account.name").is("Acme")));
		assertThat(create("findByAccountName", "Acme")).isEqualTo(Query.query(where("account.name").is("Acme")));
	}

	@Test
	void parentReferenceIsComparedByItsId() {
		Account acme = new Account("001000000000001AAA", "Acme");
		assertThat(create("findByAccount", acme)).isEqualTo(Query.query(where("account").is("001000000000001AAA")));
		assertThat(create("findByAccount", "001000000000001AAA"))
			.isEqualTo(Query.query(where("account").is("001000000000001AAA")));
		assertThat(create("findByAccountIn", List.of(acme)))
			.isEqualTo(Query.query(where("account").in("001000000000001AAA")));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> create("findByAccount", new Account(null, "new")))
			.withMessageContaining("save it first");
	}

	@Test
	void orderByBecomesSort() {
		assertThat(create("findByPaidFalseOrderByDueDateDescNameAsc")).isEqualTo(Query.query(where("paid").isFalse())
			.sort(Sort.by(Sort.Order.desc("dueDate"), Sort.Order.asc("name"))));
	}

	@Test
	void dynamicSortFollowsTheNamedOrder() {
		PartTree tree = new PartTree("findByPaidFalseOrderByDueDate", Invoice.class);
		Query query = new FinancialForceQueryCreator(tree, new StubParameterAccessor(Sort.by("name")), MAPPING,
				"id")
			.createQuery();
		assertThat(query.sort()).isEqualTo(Sort.by("dueDate").and(Sort.by("name")));
	}

	@Test
	void noPredicateMatchesEverything() {
		assertThat(create("findAllByOrderByName")).isEqualTo(Query.empty().sort(Sort.by("name")));
	}

	@Test
	void keywordsWithoutSoqlFormAreRejected() {
		assertUnsupported("findByNameRegex", "[MatchesRegex, Matches, Regex]", "no regular expressions");
		assertUnsupported("findByNameExists", "Exists", "exists on every record");
		assertUnsupported("findByNameIsEmpty", "IsEmpty", "multi-select picklists");
		assertUnsupported("findByNameIsNotEmpty", "IsNotEmpty", "multi-select picklists");
		assertUnsupported("findByNameNear", "Near", "DISTANCE");
		assertUnsupported("findByNameWithin", "Within", "DISTANCE");
	}

	@Test
	void unknownPropertiesFailTheTree() {
		assertThatExceptionOfType(PropertyReferenceException.class)
			.isThrownBy(() -> new PartTree("findByColour", Invoice.class))
			.withMessageContaining("colour");
	}

	private static void assertUnsupported(String method, String keyword, String reason) {
		Part part = new PartTree(method, Invoice.class).getParts().toList().get(0);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> FinancialForceQueryCreator.predicateFor(part))
			.withMessageContaining(keyword)
			.withMessageContaining("'name'")
			.withMessageContaining("no SOQL form")
			.withMessageContaining(reason);
	}

	private static Query create(String method, @Nullable Object... values) {
		PartTree tree = new PartTree(method, Invoice.class);
		return new FinancialForceQueryCreator(tree, new StubParameterAccessor(values), MAPPING, "id").createQuery();
	}

}
