package io.financialforce.core.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.financialforce.client.SObjectDescription;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.MappingException;
import org.springframework.data.mapping.context.AbstractMappingContext;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;

/**
 * The mapping of Java types to sObjects, on Spring Data's mapping SPI.
 * <p>
 * With a {@link #setDescribeSource(DescribeSource) describe source}, each type is checked against the org's
 * describe metadata on first use (together with the types it references), and {@link #verifyAll()} checks every
 * type known so far, e.g. at start-up after {@link #setInitialEntitySet(Set)} and {@link #initialize()}. A mismatch
 * fails with one {@link MappingMismatchException} listing every problem. A type without {@code @SObject} whose name
 * is no sObject of the org is taken as a result type (an aggregate row, a DTO) and bound by name, unchecked.
 *
 * @since 0.1.0
 */
public class FinancialForceMappingContext
		extends AbstractMappingContext<FinancialForcePersistentEntity<?>, FinancialForcePersistentProperty> {

	private static final Logger logger = LoggerFactory.getLogger(FinancialForceMappingContext.class);

	private static final SimpleTypeHolder SIMPLE_TYPES = new SimpleTypeHolder(
			Set.of(BigDecimal.class, BigInteger.class, Money.class, Address.class, GeoLocation.class), true);

	private volatile @Nullable DescribeSource describeSource;

	private final Set<Class<?>> resultTypes = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * Creates a mapping context that does not check mappings against describe metadata.
	 */
	public FinancialForceMappingContext() {
		setSimpleTypeHolder(SIMPLE_TYPES);
	}

	/**
	 * Sets where describe metadata comes from; from then on each type is checked against it on first use.
	 * @param describeSource the source, or {@code null} to check nothing
	 */
	public void setDescribeSource(@Nullable DescribeSource describeSource) {
		this.describeSource = describeSource;
	}

	@Override
	protected <T> FinancialForcePersistentEntity<?> createPersistentEntity(TypeInformation<T> typeInformation) {
		return new FinancialForcePersistentEntity<>(typeInformation);
	}

	@Override
	protected FinancialForcePersistentProperty createPersistentProperty(Property property,
			FinancialForcePersistentEntity<?> owner, SimpleTypeHolder simpleTypeHolder) {
		return new FinancialForcePersistentProperty(property, owner, simpleTypeHolder);
	}

	/**
	 * The entity of a type, checked against describe metadata on first use when a describe source is set.
	 * @param type the type
	 * @return its entity, or {@code null} if the type is not an entity type
	 * @throws InvalidMappingException if the type cannot be mapped as annotated
	 * @throws MappingMismatchException if the mapping does not match the org
	 */
	@Override
	public @Nullable FinancialForcePersistentEntity<?> getPersistentEntity(TypeInformation<?> type) {
		FinancialForcePersistentEntity<?> entity;
		try {
			entity = super.getPersistentEntity(type);
		}
		catch (MappingException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidMappingException invalid) {
					throw invalid;
				}
			}
			throw ex;
		}
		if (entity != null && entity.getDescription() == null && this.describeSource != null
				&& !this.resultTypes.contains(entity.getType())) {
			verify(List.of(entity));
		}
		return entity;
	}

	/**
	 * Checks every type known to this context against describe metadata, reporting all problems at once.
	 * @throws MappingMismatchException if any mapping does not match the org
	 * @throws IllegalStateException if no describe source is set
	 */
	public void verifyAll() {
		if (this.describeSource == null) {
			throw new IllegalStateException("No DescribeSource set: call setDescribeSource(...) first");
		}
		verify(getPersistentEntities());
	}

	private void verify(Iterable<FinancialForcePersistentEntity<?>> entities) {
		DescribeSource source = this.describeSource;
		if (source == null) {
			return;
		}
		Map<FinancialForcePersistentEntity<?>, SObjectDescription> checked = new LinkedHashMap<>();
		Map<String, List<String>> problems = new LinkedHashMap<>();
		Deque<FinancialForcePersistentEntity<?>> pending = new ArrayDeque<>();
		entities.forEach(pending::add);
		Set<FinancialForcePersistentEntity<?>> seen = new LinkedHashSet<>(pending);
		while (!pending.isEmpty()) {
			FinancialForcePersistentEntity<?> entity = pending.poll();
			if (entity.getDescription() != null) {
				continue;
			}
			List<String> reported = problems.computeIfAbsent(
					entity.getType().getSimpleName() + " (" + entity.getObjectName() + ")", (label) -> new ArrayList<>());
			SObjectDescription described = source.describe(entity.getObjectName());
			if (described == null && !entity.isAnnotationPresent(SObject.class)) {
				// no @SObject and no sObject of its name: a result type (aggregate row, DTO) bound by name
				this.resultTypes.add(entity.getType());
				continue;
			}
			if (described == null) {
				reported.add(entity.getType().getSimpleName() + ": the org has no sObject " + entity.getObjectName()
						+ " (or the user cannot see it)" + suggestObject(entity, source));
				continue;
			}
			List<String> found = DescribeCheck.problems(entity, described, this::relatedEntity);
			if (found.isEmpty()) {
				checked.put(entity, described);
			}
			reported.addAll(found);
			for (FinancialForcePersistentProperty property : entity) {
				if (property.isRelationship()) {
					FinancialForcePersistentEntity<?> related = relatedEntity(property);
					if (seen.add(related)) {
						pending.add(related);
					}
				}
			}
		}
		problems.values().removeIf(List::isEmpty);
		if (!problems.isEmpty()) {
			throw mismatch(problems);
		}
		checked.forEach((entity, described) -> {
			entity.setDescription(described);
			logger.debug("Mapping of {} matches the describe metadata of {}", entity.getType().getName(),
					described.name());
		});
	}

	private static String suggestObject(FinancialForcePersistentEntity<?> entity, DescribeSource source) {
		String suggestion = Suggestions.didYouMean(entity.getObjectName(), source.objectNames());
		return suggestion.isEmpty() ? "; check @SObject" : suggestion;
	}

	private FinancialForcePersistentEntity<?> relatedEntity(FinancialForcePersistentProperty property) {
		FinancialForcePersistentEntity<?> entity = super.getPersistentEntity(property.getTypeInformation()
			.getRequiredActualType());
		if (entity == null) {
			throw property.invalid("references " + property.getActualType().getName() + ", which is not mappable");
		}
		return entity;
	}

	private static MappingMismatchException mismatch(Map<String, List<String>> problems) {
		List<String> all = new ArrayList<>();
		StringBuilder message = new StringBuilder("The mapping of ").append(problems.size())
			.append((problems.size() == 1) ? " type" : " types")
			.append(" does not match the org's describe metadata:");
		problems.forEach((type, found) -> {
			message.append("\n").append(type).append(":");
			found.forEach((problem) -> message.append("\n  - ").append(problem));
			all.addAll(found);
		});
		return new MappingMismatchException(message.toString(), all);
	}

}
