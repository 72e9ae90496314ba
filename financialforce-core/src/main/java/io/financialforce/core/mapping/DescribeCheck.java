package io.financialforce.core.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.financialforce.client.ChildRelationship;
import io.financialforce.client.FieldDescription;
import io.financialforce.client.PicklistValue;
import io.financialforce.client.SObjectDescription;

import org.springframework.util.ClassUtils;

/**
 * Checks one mapped type against the describe metadata of its sObject and lists every problem found.
 */
final class DescribeCheck {

	private final FinancialForcePersistentEntity<?> entity;

	private final SObjectDescription described;

	private final Function<FinancialForcePersistentProperty, FinancialForcePersistentEntity<?>> related;

	private final List<String> problems = new ArrayList<>();

	private DescribeCheck(FinancialForcePersistentEntity<?> entity, SObjectDescription described,
			Function<FinancialForcePersistentProperty, FinancialForcePersistentEntity<?>> related) {
		this.entity = entity;
		this.described = described;
		this.related = related;
	}

	static List<String> problems(FinancialForcePersistentEntity<?> entity, SObjectDescription described,
			Function<FinancialForcePersistentProperty, FinancialForcePersistentEntity<?>> related) {
		DescribeCheck check = new DescribeCheck(entity, described, related);
		for (FinancialForcePersistentProperty property : entity) {
			if (property.isParentReference()) {
				check.checkParent(property);
			}
			else if (property.isChildCollection()) {
				check.checkChildren(property);
			}
			else {
				check.checkField(property);
			}
		}
		return check.problems;
	}

	private void checkField(FinancialForcePersistentProperty property) {
		FieldDescription field = this.described.field(property.getFieldName()).orElse(null);
		if (field == null) {
			List<String> names = this.described.fields().stream().map(FieldDescription::name).toList();
			report(property, "no field " + property.getFieldName() + " on " + this.described.name()
					+ Suggestions.didYouMean(property.getFieldName(), names));
			return;
		}
		String typeProblem = typeProblem(property, field);
		if (typeProblem != null) {
			report(property, typeProblem);
		}
		if (property.isWritable() && !field.createable() && !field.updateable()) {
			report(property, "field " + field.name() + " is neither createable nor updateable (formula, roll-up,"
					+ " auto-number or system field); annotate the property @ReadOnlyProperty");
		}
		if (property.isExternalId() && !field.externalId() && !field.idLookup()) {
			report(property, "is @ExternalId but " + field.name() + " is not an external id field of "
					+ this.described.name());
		}
		if (property.isMoney() && this.described.field(FinancialForcePersistentEntity.CURRENCY_ISO_CODE).isEmpty()) {
			report(property, "is Money but " + this.described.name() + " has no CurrencyIsoCode field (the org is"
					+ " not multi-currency); use BigDecimal");
		}
		Class<?> element = property.getActualType();
		if (element.isEnum() && field.picklistValues() != null && !field.picklistValues().isEmpty()) {
			checkPicklist(property, field, element);
		}
	}

	private void checkPicklist(FinancialForcePersistentProperty property, FieldDescription field, Class<?> enumType) {
		List<PicklistValue> picklist = field.picklistValues();
		List<String> values = (picklist != null) ? picklist.stream().map(PicklistValue::value).toList() : List.of();
		for (String value : apiValues(enumType)) {
			if (values.stream().noneMatch(value::equalsIgnoreCase)) {
				report(property, "enum " + enumType.getSimpleName() + " stands for '" + value
						+ "', which is no value of the picklist " + field.name()
						+ Suggestions.didYouMean(value, values));
			}
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Set<String> apiValues(Class<?> enumType) {
		return PicklistEnum.of((Class) enumType).apiValues();
	}

	private void checkParent(FinancialForcePersistentProperty property) {
		String relationship = property.getFieldName();
		FieldDescription reference = this.described.fields()
			.stream()
			.filter((field) -> relationship.equalsIgnoreCase(field.relationshipName()))
			.findFirst()
			.orElse(null);
		if (reference == null) {
			List<String> names = this.described.fields()
				.stream()
				.map(FieldDescription::relationshipName)
				.filter((name) -> name != null)
				.map(String.class::cast)
				.toList();
			report(property, "no parent relationship " + relationship + " on " + this.described.name()
					+ Suggestions.didYouMean(relationship, names));
			return;
		}
		String parentObject = this.related.apply(property).getObjectName();
		List<String> targets = (reference.referenceTo() != null) ? reference.referenceTo() : List.of();
		if (!targets.isEmpty() && targets.stream().noneMatch(parentObject::equalsIgnoreCase)) {
			report(property, "relationship " + relationship + " points to " + String.join(" or ", targets)
					+ ", but " + property.getActualType().getSimpleName() + " maps " + parentObject);
		}
	}

	private void checkChildren(FinancialForcePersistentProperty property) {
		String relationship = property.getFieldName();
		ChildRelationship children = this.described.childRelationships()
			.stream()
			.filter((child) -> relationship.equalsIgnoreCase(child.relationshipName()))
			.findFirst()
			.orElse(null);
		if (children == null) {
			List<String> names = this.described.childRelationships()
				.stream()
				.map(ChildRelationship::relationshipName)
				.filter((name) -> name != null)
				.map(String.class::cast)
				.toList();
			report(property, "no child relationship " + relationship + " on " + this.described.name()
					+ Suggestions.didYouMean(relationship, names));
			return;
		}
		String childObject = this.related.apply(property).getObjectName();
		if (!children.childSObject().equalsIgnoreCase(childObject)) {
			report(property, "child relationship " + relationship + " holds " + children.childSObject()
					+ " records, but "
					+ property.getActualType().getSimpleName() + " maps " + childObject);
		}
	}

	private static @Nullable String typeProblem(FinancialForcePersistentProperty property, FieldDescription field) {
		Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(property.getType());
		String describeType = field.type().toLowerCase(Locale.ROOT);
		boolean compatible;
		String expected;
		if (Collection.class.isAssignableFrom(type)) {
			Class<?> element = property.getActualType();
			compatible = "multipicklist".equals(describeType) && (element == String.class || element.isEnum());
			expected = "String, or a Set of String or of an enum";
		}
		else {
			compatible = switch (describeType) {
				case "id", "reference", "string", "textarea", "email", "url", "phone", "encryptedstring", "base64" ->
					type == String.class;
				case "picklist", "combobox", "multipicklist" -> type == String.class || type.isEnum();
				case "boolean" -> type == Boolean.class;
				case "int" -> isIntegral(type) || type == BigDecimal.class;
				case "double" -> type == Double.class || type == BigDecimal.class
						|| (field.scale() == 0 && isIntegral(type));
				case "currency" -> type == BigDecimal.class || type == Money.class;
				case "percent" -> type == BigDecimal.class;
				case "date" -> type == LocalDate.class;
				case "datetime" -> type == Instant.class || type == OffsetDateTime.class;
				case "time" -> type == LocalTime.class;
				case "address" -> type == Address.class;
				case "location" -> type == GeoLocation.class;
				default -> true;
			};
			expected = expectedTypes(describeType, field.scale());
		}
		return compatible ? null : "field " + field.name() + " is " + describeType + ", which is read into "
				+ expected + ", not " + property.getType().getSimpleName();
	}

	private static String expectedTypes(String describeType, int scale) {
		return switch (describeType) {
			case "picklist", "combobox" -> "String or an enum";
			case "multipicklist" -> "String, or a Set of String or of an enum";
			case "boolean" -> "boolean/Boolean";
			case "int" -> "int/Integer, long/Long or BigDecimal";
			case "double" -> (scale == 0) ? "Integer, Long, Double or BigDecimal" : "BigDecimal or Double";
			case "currency" -> "BigDecimal or Money";
			case "percent" -> "BigDecimal";
			case "date" -> "LocalDate";
			case "datetime" -> "Instant or OffsetDateTime";
			case "time" -> "LocalTime";
			case "address" -> "Address";
			case "location" -> "GeoLocation";
			default -> "String";
		};
	}

	private static boolean isIntegral(Class<?> type) {
		return type == Integer.class || type == Long.class || type == BigInteger.class;
	}

	private void report(FinancialForcePersistentProperty property, String problem) {
		this.problems.add(this.entity.getType().getSimpleName() + "." + property.getName() + ": " + problem);
	}

}
