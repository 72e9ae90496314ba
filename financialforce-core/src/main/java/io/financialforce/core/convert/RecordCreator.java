package io.financialforce.core.convert;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;

import org.springframework.data.mapping.InstanceCreatorMetadata;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PreferredConstructor;
import org.springframework.data.mapping.model.MappingInstantiationException;
import org.springframework.data.mapping.model.ParameterValueProvider;

/**
 * Creates a Java record from the values of its properties in the order of its canonical constructor, calling the
 * constructor directly: no value provider and no second argument array per record, as an instantiator needs.
 * Used only when every property of the entity is a parameter of the canonical constructor and every parameter a
 * property; other types go through Spring Data's instantiator.
 */
final class RecordCreator {

	private final FinancialForcePersistentEntity<?> entity;

	/** The canonical constructor taking its arguments as one {@code Object[]}. */
	private final MethodHandle constructor;

	/** The value of each parameter when its property is absent: {@code null}, or the default of a primitive. */
	private final @Nullable Object[] defaults;

	private RecordCreator(FinancialForcePersistentEntity<?> entity, MethodHandle constructor,
			@Nullable Object[] defaults) {
		this.entity = entity;
		this.constructor = constructor;
		this.defaults = defaults;
	}

	/**
	 * The entity's properties in the order of its canonical constructor's parameters, if a creator can call it.
	 * @param entity the entity
	 * @param properties its properties
	 * @return the properties in parameter order, {@code null} if the entity needs an instantiator
	 */
	static @Nullable List<FinancialForcePersistentProperty> parameterOrder(FinancialForcePersistentEntity<?> entity,
			List<FinancialForcePersistentProperty> properties) {
		InstanceCreatorMetadata<FinancialForcePersistentProperty> creator = entity.getInstanceCreatorMetadata();
		if (!entity.getType().isRecord() || !(creator instanceof PreferredConstructor<?, ?> preferred)
				|| !isCanonical(entity.getType(), preferred.getConstructor())) {
			return null;
		}
		List<Parameter<Object, FinancialForcePersistentProperty>> parameters = creator.getParameters();
		if (parameters.size() != properties.size()) {
			return null;
		}
		List<FinancialForcePersistentProperty> ordered = new ArrayList<>(parameters.size());
		for (Parameter<Object, FinancialForcePersistentProperty> parameter : parameters) {
			FinancialForcePersistentProperty match = null;
			for (FinancialForcePersistentProperty property : properties) {
				if (property.getName().equals(parameter.getName())) {
					match = property;
				}
			}
			if (match == null || ordered.contains(match)) {
				return null;
			}
			ordered.add(match);
		}
		return ordered;
	}

	private static boolean isCanonical(Class<?> type, Constructor<?> constructor) {
		RecordComponent[] components = type.getRecordComponents();
		return components != null && Arrays.equals(constructor.getParameterTypes(),
				Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
	}

	/**
	 * A creator for an entity whose properties are in {@link #parameterOrder parameter order}.
	 * @param entity the entity
	 * @return the creator, {@code null} if the constructor cannot be made accessible (then use an instantiator)
	 */
	static @Nullable RecordCreator of(FinancialForcePersistentEntity<?> entity) {
		InstanceCreatorMetadata<FinancialForcePersistentProperty> creator = Objects
			.requireNonNull(entity.getInstanceCreatorMetadata());
		Constructor<?> constructor = ((PreferredConstructor<?, ?>) creator).getConstructor();
		MethodHandle handle;
		try {
			constructor.setAccessible(true);
			handle = MethodHandles.lookup().unreflectConstructor(constructor);
		}
		catch (RuntimeException | IllegalAccessException ex) {
			return null;
		}
		int count = constructor.getParameterCount();
		MethodHandle spread = handle.asSpreader(Object[].class, count)
			.asType(MethodType.methodType(Object.class, Object[].class));
		@Nullable Object[] defaults = new Object[count];
		Class<?>[] types = constructor.getParameterTypes();
		for (int i = 0; i < count; i++) {
			defaults[i] = ParameterValueProvider.getDefaultValue(types[i]);
		}
		return new RecordCreator(entity, spread, defaults);
	}

	/**
	 * Creates the record.
	 * @param arguments the constructor's arguments, {@code null} where absent; overwritten
	 * @return the record
	 * @throws MappingInstantiationException if the constructor fails, as an instantiator would
	 */
	Object create(@Nullable Object[] arguments) {
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] == null) {
				arguments[i] = this.defaults[i];
			}
		}
		try {
			return (Object) this.constructor.invokeExact(arguments);
		}
		catch (Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new MappingInstantiationException(this.entity, Arrays.asList(arguments),
					(ex instanceof Exception exception) ? exception : new IllegalStateException(ex));
		}
	}

}
