package io.financialforce.repository.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.query.Criteria;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.support.ExampleMatcherAccessor;
import org.springframework.util.Assert;

/**
 * Turns a query-by-example probe into a {@link Criteria}: every set property becomes a predicate, parent references
 * are followed into paths ({@code account.name}), and the matcher's string matching becomes {@code =} or
 * {@code LIKE}. SOQL compares text case-insensitively whatever the matcher says; regular expressions have no SOQL
 * form and fail.
 */
final class ExampleCriteria {

	/** SOQL follows parent relationships at most five levels deep. */
	private static final int MAX_DEPTH = 5;

	private final FinancialForceMappingContext mappingContext;

	ExampleCriteria(FinancialForceMappingContext mappingContext) {
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.mappingContext = mappingContext;
	}

	Criteria of(Example<?> example) {
		Assert.notNull(example, "'example' must not be null");
		ExampleMatcherAccessor matcher = new ExampleMatcherAccessor(example.getMatcher());
		List<Criteria> predicates = new ArrayList<>();
		collect(example.getProbe(), example.getProbeType(), "", matcher, predicates, 0);
		Criteria criteria = Criteria.empty();
		for (Criteria predicate : predicates) {
			criteria = example.getMatcher().isAllMatching() ? criteria.and(predicate) : criteria.or(predicate);
		}
		return criteria;
	}

	private void collect(Object probe, Class<?> type, String prefix, ExampleMatcherAccessor matcher,
			List<Criteria> predicates, int depth) {
		FinancialForcePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(type);
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(probe);
		for (FinancialForcePersistentProperty property : entity) {
			String path = prefix + property.getName();
			if (matcher.isIgnoredPath(path)) {
				continue;
			}
			Object value = transform(matcher, path, accessor.getProperty(property));
			if (property.isParentReference()) {
				if (value != null && depth < MAX_DEPTH) {
					collect(value, property.getActualType(), path + ".", matcher, predicates, depth + 1);
				}
				continue;
			}
			if (value == null || (value instanceof Collection<?> collection && collection.isEmpty())) {
				if (value == null && matcher.getNullHandler() == ExampleMatcher.NullHandler.INCLUDE) {
					predicates.add(Criteria.where(path).isNull());
				}
				continue;
			}
			if (property.isChildCollection()) {
				throw new InvalidDataAccessApiUsageException("The probe sets the child collection '" + path
						+ "'; query by example cannot filter by child records. Use a @Query with a semi-join instead");
			}
			predicates.add(predicate(path, value, matcher));
		}
	}

	private static @Nullable Object transform(ExampleMatcherAccessor matcher, String path, @Nullable Object value) {
		return matcher.getValueTransformerForPath(path).apply(Optional.ofNullable(value)).orElse(null);
	}

	private static Criteria predicate(String path, Object value, ExampleMatcherAccessor matcher) {
		if (!(value instanceof String text)) {
			return Criteria.where(path).is(value);
		}
		ExampleMatcher.StringMatcher stringMatcher = matcher.getStringMatcherForPath(path);
		switch (stringMatcher) {
			case DEFAULT, EXACT:
				return Criteria.where(path).is(text);
			case STARTING:
				return Criteria.where(path).startsWith(text);
			case ENDING:
				return Criteria.where(path).endsWith(text);
			case CONTAINING:
				return Criteria.where(path).contains(text);
			default:
				throw new InvalidDataAccessApiUsageException("The example matches '" + path + "' with "
						+ stringMatcher + ", which SOQL cannot do: it has no regular expressions, only LIKE; "
						+ "use STARTING, ENDING, CONTAINING or EXACT");
		}
	}

}
