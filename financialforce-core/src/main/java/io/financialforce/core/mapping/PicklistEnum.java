package io.financialforce.core.mapping;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.util.Assert;

/**
 * How the constants of an enum stand for picklist values: {@link PicklistValue @PicklistValue} or the constant's
 * name, and the {@link UnknownPicklistValue @UnknownPicklistValue} constant, if any. Instances are cached per enum.
 *
 * @param <E> the enum
 * @since 0.1.0
 */
public final class PicklistEnum<E extends Enum<E>> {

	private static final ClassValue<PicklistEnum<?>> CACHE = new ClassValue<>() {

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		protected PicklistEnum<?> computeValue(Class<?> type) {
			return new PicklistEnum(type);
		}

	};

	private final Class<E> type;

	private final Map<E, String> apiValues;

	private final Map<String, E> constants = new HashMap<>();

	private final Map<String, E> constantsIgnoringCase = new HashMap<>();

	private final @Nullable E unknown;

	private PicklistEnum(Class<E> type) {
		this.type = type;
		this.apiValues = new EnumMap<>(type);
		E unknownConstant = null;
		for (E constant : type.getEnumConstants()) {
			Field field = field(constant);
			if (field.isAnnotationPresent(UnknownPicklistValue.class)) {
				if (unknownConstant != null) {
					throw new InvalidMappingException("Enum " + type.getName() + " marks both " + unknownConstant.name()
							+ " and " + constant.name() + " @UnknownPicklistValue; mark one constant only");
				}
				unknownConstant = constant;
				continue;
			}
			PicklistValue annotation = field.getAnnotation(PicklistValue.class);
			String apiValue = (annotation != null) ? annotation.value() : constant.name();
			E previous = this.constants.put(apiValue, constant);
			if (previous != null) {
				throw new InvalidMappingException("Enum " + type.getName() + " maps both " + previous.name() + " and "
						+ constant.name() + " to the picklist value '" + apiValue + "'");
			}
			this.apiValues.put(constant, apiValue);
			this.constantsIgnoringCase.putIfAbsent(apiValue.toLowerCase(Locale.ROOT), constant);
		}
		this.unknown = unknownConstant;
	}

	/**
	 * The picklist mapping of an enum.
	 * @param <E> the enum
	 * @param type the enum type
	 * @return its mapping, cached
	 * @throws InvalidMappingException if the annotations of the enum contradict each other
	 */
	@SuppressWarnings("unchecked")
	public static <E extends Enum<E>> PicklistEnum<E> of(Class<E> type) {
		Assert.notNull(type, "'type' must not be null");
		Assert.isTrue(type.isEnum(), () -> type.getName() + " is not an enum");
		return (PicklistEnum<E>) CACHE.get(type);
	}

	/**
	 * The enum type.
	 * @return the type
	 */
	public Class<E> type() {
		return this.type;
	}

	/**
	 * The picklist value a constant stands for.
	 * @param constant a constant of the enum
	 * @return its API value
	 * @throws InvalidDataAccessApiUsageException for the {@code @UnknownPicklistValue} constant, which stands for no
	 * value that could be written
	 */
	public String apiValue(E constant) {
		Assert.notNull(constant, "'constant' must not be null");
		String value = this.apiValues.get(constant);
		if (value == null) {
			throw new InvalidDataAccessApiUsageException(this.type.getSimpleName() + "." + constant.name()
					+ " is the @UnknownPicklistValue constant: it stands for a value read but not known, and cannot"
					+ " be written or queried; use a constant with a picklist value");
		}
		return value;
	}

	/**
	 * The constant for a picklist value: an exact match first, then one ignoring case.
	 * @param apiValue the value the API sent
	 * @return its constant, or {@code null} if the enum has none (see {@link #unknownConstant()})
	 */
	public @Nullable E constantOf(String apiValue) {
		E constant = this.constants.get(apiValue);
		return (constant != null) ? constant : this.constantsIgnoringCase.get(apiValue.toLowerCase(Locale.ROOT));
	}

	/**
	 * The constant marked {@link UnknownPicklistValue @UnknownPicklistValue}.
	 * @return the constant, or {@code null} if the enum has none
	 */
	public @Nullable E unknownConstant() {
		return this.unknown;
	}

	/**
	 * The picklist values of all constants but the unknown one, in declaration order.
	 * @return the API values
	 */
	public Set<String> apiValues() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(this.apiValues.values()));
	}

	private static Field field(Enum<?> constant) {
		try {
			return constant.getDeclaringClass().getField(constant.name());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("No field for enum constant " + constant, ex);
		}
	}

}
