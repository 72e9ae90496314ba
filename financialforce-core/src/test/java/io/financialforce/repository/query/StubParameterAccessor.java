package io.financialforce.repository.query;

import java.util.Arrays;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;

/**
 * A {@link ParameterAccessor} over plain values, with a sort, for query creator tests.
 */
final class StubParameterAccessor implements ParameterAccessor {

	private final @Nullable Object[] values;

	private final Sort sort;

	StubParameterAccessor(Sort sort, @Nullable Object... values) {
		this.values = values;
		this.sort = sort;
	}

	StubParameterAccessor(@Nullable Object... values) {
		this(Sort.unsorted(), values);
	}

	@Override
	public @Nullable ScrollPosition getScrollPosition() {
		return null;
	}

	@Override
	public Pageable getPageable() {
		return Pageable.unpaged();
	}

	@Override
	public Sort getSort() {
		return this.sort;
	}

	@Override
	public @Nullable Class<?> findDynamicProjection() {
		return null;
	}

	@Override
	public @Nullable Object getBindableValue(int index) {
		return this.values[index];
	}

	@Override
	public boolean hasBindableNullValue() {
		return Arrays.asList(this.values).contains(null);
	}

	@Override
	public Iterator<Object> iterator() {
		return Arrays.asList((Object[]) this.values).iterator();
	}

}
