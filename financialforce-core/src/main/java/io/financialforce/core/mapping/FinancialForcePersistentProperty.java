package io.financialforce.core.mapping;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.mapping.Association;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.AnnotationBasedPersistentProperty;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.util.Lazy;
import org.springframework.util.StringUtils;

/**
 * A property of a mapped type: a field of its sObject, a parent reference ({@code Account account}) or a child
 * collection ({@code List<InvoiceLine> lines}).
 * <p>
 * A property is written (see {@link #isWritable()}) unless it is the id, a relationship, a compound
 * {@link Address}/{@link GeoLocation} value, a system field ({@code CreatedDate}, {@code SystemModstamp}, ...),
 * or annotated with Spring Data's {@link ReadOnlyProperty @ReadOnlyProperty}, which is the one way to mark formula,
 * roll-up and auto-number fields.
 *
 * @since 0.1.0
 */
public final class FinancialForcePersistentProperty
		extends AnnotationBasedPersistentProperty<FinancialForcePersistentProperty> {

	private final Kind kind;

	private final Lazy<String> fieldName;

	FinancialForcePersistentProperty(Property property, PersistentEntity<?, FinancialForcePersistentProperty> owner,
			SimpleTypeHolder simpleTypeHolder) {
		super(property, owner, simpleTypeHolder);
		this.kind = kindOf(this);
		this.fieldName = Lazy.of(this::resolveFieldName);
	}

	private static Kind kindOf(FinancialForcePersistentProperty property) {
		if (Map.class.isAssignableFrom(property.getType())) {
			throw new InvalidMappingException("Property '" + property.getName() + "' of "
					+ property.getOwner().getType().getName() + " is a Map, which maps to no sObject field;"
					+ " use a mapped type, or mark it @Transient");
		}
		if (!property.isEntity()) {
			return Kind.FIELD;
		}
		return property.isCollectionLike() ? Kind.CHILD_COLLECTION : Kind.PARENT_REFERENCE;
	}

	/**
	 * The API name this property is selected and read by: the field ({@code c2g__DueDate__c}), the parent
	 * relationship ({@code c2g__Account__r}) or the child relationship ({@code c2g__InvoiceLineItems__r}).
	 * @return the API name
	 */
	public String getFieldName() {
		return this.fieldName.get();
	}

	/**
	 * Whether this property holds the parent record of a lookup or master-detail relationship.
	 * @return {@code true} for a parent reference
	 */
	public boolean isParentReference() {
		return this.kind == Kind.PARENT_REFERENCE;
	}

	/**
	 * Whether this property holds the records of a child relationship, read through a child subquery.
	 * @return {@code true} for a child collection
	 */
	public boolean isChildCollection() {
		return this.kind == Kind.CHILD_COLLECTION;
	}

	/**
	 * Whether this property is a parent reference or a child collection.
	 * @return {@code true} for relationships
	 */
	public boolean isRelationship() {
		return this.kind != Kind.FIELD;
	}

	/**
	 * The reference field behind a parent reference: {@code AccountId} for {@code Account},
	 * {@code c2g__Account__c} for {@code c2g__Account__r}.
	 * @return the reference field, or {@code null} if this is not a parent reference
	 */
	public @Nullable String getReferenceFieldName() {
		if (!isParentReference()) {
			return null;
		}
		FinancialForcePersistentProperty sibling = idSibling();
		return (sibling != null && !StringUtils.hasText(annotatedName())) ? sibling.getFieldName()
				: FieldNames.referenceFieldOf(getFieldName());
	}

	/**
	 * Whether this property holds the external id used for upserts.
	 * @return {@code true} if annotated {@link ExternalId @ExternalId}
	 */
	public boolean isExternalId() {
		return isAnnotationPresent(ExternalId.class);
	}

	/**
	 * Whether the value is a {@link Money}, which is read from its field and the record's {@code CurrencyIsoCode}.
	 * @return {@code true} for {@code Money} properties
	 */
	public boolean isMoney() {
		return getType() == Money.class;
	}

	/**
	 * Whether this maps a field the platform maintains ({@code Id}, {@code CreatedDate}, {@code SystemModstamp}, ...).
	 * @return {@code true} for system fields
	 */
	public boolean isSystemField() {
		return this.kind == Kind.FIELD && FieldNames.isSystemField(getFieldName());
	}

	/**
	 * Whether this property holds the record id: it is annotated with Spring Data's {@code @Id}, or named {@code id}.
	 * @return {@code true} for the id
	 */
	@Override
	public boolean isIdProperty() {
		return super.isIdProperty() || "id".equals(getName());
	}

	/**
	 * Whether the value is sent when records are created or updated: not for the id, relationships, compound
	 * values, system fields, transient and {@link ReadOnlyProperty @ReadOnlyProperty} properties.
	 * @return {@code true} if the property is written
	 */
	@Override
	public boolean isWritable() {
		return super.isWritable() && !isIdProperty() && this.kind == Kind.FIELD && !isSystemField()
				&& getType() != Address.class && getType() != GeoLocation.class;
	}

	@Override
	public boolean isAssociation() {
		return false;
	}

	@Override
	protected Association<FinancialForcePersistentProperty> createAssociation() {
		return new Association<>(this, null);
	}

	private String resolveFieldName() {
		String annotated = annotatedName();
		String name;
		if (isIdProperty()) {
			if (StringUtils.hasText(annotated) && !"Id".equalsIgnoreCase(annotated)) {
				throw invalid("is the id, which always maps to the field Id, but is annotated @SObjectField(\""
						+ annotated + "\"); remove the annotation, or map " + annotated + " on another property");
			}
			name = "Id";
		}
		else if (StringUtils.hasText(annotated)) {
			name = annotated;
		}
		else if (isParentReference()) {
			name = derivedRelationshipName();
		}
		else {
			name = FieldNames.capitalize(getName());
		}
		if (!FieldNames.isValid(name)) {
			throw invalid("maps to '" + name + "', which is not a valid API name (letters, digits and single"
					+ " underscores, starting with a letter)");
		}
		return name;
	}

	private String derivedRelationshipName() {
		FinancialForcePersistentProperty sibling = idSibling();
		if (sibling == null) {
			return FieldNames.capitalize(getName());
		}
		String relationship = FieldNames.relationshipOf(sibling.getFieldName());
		if (relationship == null) {
			throw invalid("is a parent reference whose relationship cannot be derived from the field "
					+ sibling.getFieldName() + " of '" + sibling.getName()
					+ "'; name the relationship: @SObjectField(\"Relationship__r\")");
		}
		return relationship;
	}

	private @Nullable FinancialForcePersistentProperty idSibling() {
		FinancialForcePersistentProperty sibling = getOwner().getPersistentProperty(getName() + "Id");
		return (sibling != null && !sibling.isRelationship()) ? sibling : null;
	}

	private @Nullable String annotatedName() {
		SObjectField annotation = findAnnotation(SObjectField.class);
		return (annotation != null) ? annotation.value() : null;
	}

	InvalidMappingException invalid(String problem) {
		return new InvalidMappingException(
				"Property '" + getName() + "' of " + getOwner().getType().getName() + " " + problem);
	}

	private enum Kind {

		FIELD, PARENT_REFERENCE, CHILD_COLLECTION

	}

}
