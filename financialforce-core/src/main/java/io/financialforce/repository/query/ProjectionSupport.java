package io.financialforce.repository.query;

import java.util.ArrayList;
import java.util.List;

import io.financialforce.core.mapping.FinancialForceMappingContext;
import io.financialforce.core.mapping.FinancialForcePersistentEntity;
import io.financialforce.core.mapping.FinancialForcePersistentProperty;
import io.financialforce.core.query.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.repository.query.ReturnedType;

/**
 * Narrows queries to what a projection reads, and builds the results of DTO projections. Shared by the derived
 * queries and the query-by-example support of the repositories.
 */
public final class ProjectionSupport {

	private ProjectionSupport() {
	}

	/**
	 * Reads only the properties a projection needs: simple properties become {@link Query#columns(String...)},
	 * parent references and child collections become {@link Query#include(String...)}. Open projections (that
	 * compute values from the whole entity) and non-projecting types leave the query as it is.
	 * @param query the query
	 * @param returnedType what the method returns
	 * @param entity the queried entity
	 * @return the narrowed query
	 */
	public static Query select(Query query, ReturnedType returnedType, FinancialForcePersistentEntity<?> entity) {
		if (!returnedType.isProjecting() || !returnedType.hasInputProperties()) {
			return query;
		}
		return select(query, returnedType.getInputProperties(), entity);
	}

	/**
	 * Reads only the named properties, splitting simple properties from relationships.
	 * @param query the query
	 * @param properties property names of the entity
	 * @param entity the queried entity
	 * @return the narrowed query
	 */
	public static Query select(Query query, List<String> properties, FinancialForcePersistentEntity<?> entity) {
		List<String> columns = new ArrayList<>();
		List<String> includes = new ArrayList<>();
		for (String name : properties) {
			FinancialForcePersistentProperty property = entity.getPersistentProperty(name);
			if (property != null && property.isRelationship()) {
				includes.add(name);
			}
			else {
				columns.add(name);
			}
		}
		Query narrowed = query.columns(columns.toArray(String[]::new));
		return includes.isEmpty() ? narrowed : narrowed.include(includes.toArray(String[]::new));
	}

	/**
	 * The converter that builds DTO projections from entities, or {@code null} when the returned type needs none
	 * (entities and interface projections).
	 * @param returnedType what the method returns
	 * @param mappingContext the mapping context
	 * @return the converter, or {@code null}
	 */
	public static @Nullable Converter<Object, Object> dtoConverter(ReturnedType returnedType,
			FinancialForceMappingContext mappingContext) {
		if (!returnedType.isProjecting() || returnedType.getReturnedType().isInterface()) {
			return null;
		}
		return new DtoInstantiatingConverter(returnedType.getReturnedType(), mappingContext, new EntityInstantiators());
	}

}
