package io.financialforce.core.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.financialforce.client.SObjectDescription;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.data.util.Lazy;
import org.springframework.util.StringUtils;

/**
 * A Java type mapped to an sObject: its API name, id, external id, and the field, parent reference and child
 * collection of each property. Works for records (bound through their canonical constructor) as well as JavaBeans.
 *
 * @param <T> the mapped type
 * @since 0.1.0
 */
public final class FinancialForcePersistentEntity<T>
		extends BasicPersistentEntity<T, FinancialForcePersistentProperty> {

	/** The field holding a record's currency in multi-currency orgs. */
	public static final String CURRENCY_ISO_CODE = "CurrencyIsoCode";

	private final String objectName;

	private final Lazy<Map<String, FinancialForcePersistentProperty>> byFieldName = Lazy.of(this::indexByFieldName);

	private final Lazy<List<String>> fieldNames = Lazy.of(this::selectedFieldNames);

	private final Lazy<Boolean> hasMoney = Lazy.of(() -> {
		for (FinancialForcePersistentProperty property : this) {
			if (property.isMoney()) {
				return true;
			}
		}
		return false;
	});

	private @Nullable FinancialForcePersistentProperty externalIdProperty;

	private volatile @Nullable SObjectDescription description;

	FinancialForcePersistentEntity(TypeInformation<T> information) {
		super(information);
		SObject annotation = findAnnotation(SObject.class);
		String name = (annotation != null && StringUtils.hasText(annotation.value())) ? annotation.value()
				: information.getType().getSimpleName();
		if (!FieldNames.isValid(name)) {
			throw new InvalidMappingException(information.getType().getName() + " maps to the sObject '" + name
					+ "', which is not a valid API name; name it with @SObject(\"Name__c\")");
		}
		this.objectName = name;
	}

	/**
	 * The API name of the sObject.
	 * @return e.g. {@code c2g__codaInvoice__c}
	 */
	public String getObjectName() {
		return this.objectName;
	}

	/**
	 * The property annotated {@link ExternalId @ExternalId}.
	 * @return the property, or {@code null} if there is none
	 */
	public @Nullable FinancialForcePersistentProperty getExternalIdProperty() {
		return this.externalIdProperty;
	}

	/**
	 * The property mapped to a field or relationship, ignoring case as SOQL does.
	 * @param fieldName an API name such as {@code c2g__DueDate__c} or {@code c2g__Account__r}
	 * @return the property, or {@code null} if none maps that name
	 */
	public @Nullable FinancialForcePersistentProperty getPersistentPropertyByFieldName(String fieldName) {
		return this.byFieldName.get().get(fieldName.toLowerCase(Locale.ROOT));
	}

	/**
	 * The fields a query selects to read this type without its relationships: each value property's field, plus
	 * {@value #CURRENCY_ISO_CODE} when a {@link Money} property needs it.
	 * @return the API names, in property order
	 */
	public List<String> getFieldNames() {
		return this.fieldNames.get();
	}

	/**
	 * Whether a property of this type is a {@link Money}.
	 * @return {@code true} if reading needs the record's {@value #CURRENCY_ISO_CODE}
	 */
	public boolean hasMoneyProperty() {
		return this.hasMoney.get();
	}

	/**
	 * The describe metadata this mapping was checked against, when a {@link DescribeSource} is in use.
	 * @return the metadata, or {@code null} if the mapping is not checked (yet)
	 */
	public @Nullable SObjectDescription getDescription() {
		return this.description;
	}

	void setDescription(SObjectDescription description) {
		this.description = description;
	}

	@Override
	public void addPersistentProperty(FinancialForcePersistentProperty property) {
		super.addPersistentProperty(property);
		if (property.isExternalId()) {
			if (this.externalIdProperty != null) {
				throw new InvalidMappingException(getType().getName() + " marks both '"
						+ this.externalIdProperty.getName() + "' and '" + property.getName()
						+ "' @ExternalId; mark the one upserts match on");
			}
			if (property.isRelationship() || property.isIdProperty()) {
				throw property.invalid("cannot be the @ExternalId: it is not a value field");
			}
			this.externalIdProperty = property;
		}
	}

	@Override
	public void verify() {
		super.verify();
		FinancialForcePersistentProperty id = getIdProperty();
		if (id != null && id.getType() != String.class) {
			throw id.invalid("is the id but of type " + id.getType().getSimpleName()
					+ "; record ids are 18-character Strings");
		}
		indexByFieldName();
	}

	private Map<String, FinancialForcePersistentProperty> indexByFieldName() {
		Map<String, FinancialForcePersistentProperty> index = new HashMap<>();
		for (FinancialForcePersistentProperty property : this) {
			FinancialForcePersistentProperty previous = index.put(property.getFieldName().toLowerCase(Locale.ROOT),
					property);
			if (previous != null) {
				throw new InvalidMappingException(getType().getName() + " maps both '" + previous.getName() + "' and '"
						+ property.getName() + "' to " + property.getFieldName() + "; map each field once");
			}
		}
		return Collections.unmodifiableMap(index);
	}

	private List<String> selectedFieldNames() {
		Set<String> names = new LinkedHashSet<>();
		for (FinancialForcePersistentProperty property : this) {
			if (!property.isRelationship()) {
				names.add(property.getFieldName());
			}
		}
		if (hasMoneyProperty() && getPersistentPropertyByFieldName(CURRENCY_ISO_CODE) == null) {
			names.add(CURRENCY_ISO_CODE);
		}
		return List.copyOf(new ArrayList<>(names));
	}

}
