package io.financialforce.autoconfigure;

import java.util.List;

import io.financialforce.FinancialForceApiFailure;
import io.financialforce.FinancialForceNotFoundException;
import io.financialforce.InvalidFinancialForceResourceUsageException;
import io.financialforce.client.ChildRelationship;
import io.financialforce.client.FieldDescription;
import io.financialforce.client.FinancialForceClient;
import io.financialforce.client.PicklistValue;
import io.financialforce.client.SObjectDescription;
import io.financialforce.core.mapping.DescribeSource;
import io.financialforce.core.mapping.DescribedChildRelationship;
import io.financialforce.core.mapping.DescribedField;
import io.financialforce.core.mapping.DescribedObject;
import org.jspecify.annotations.Nullable;

/**
 * Describe metadata for the mapping check from the client's cached describe calls.
 */
final class ClientDescribeSource implements DescribeSource {

	private final FinancialForceClient client;

	ClientDescribeSource(FinancialForceClient client) {
		this.client = client;
	}

	@Override
	public @Nullable DescribedObject describe(String objectName) {
		SObjectDescription description;
		try {
			description = this.client.describe(objectName);
		}
		catch (FinancialForceNotFoundException ex) {
			return null;
		}
		catch (InvalidFinancialForceResourceUsageException ex) {
			if ("INVALID_TYPE".equals(((FinancialForceApiFailure) ex).errorCode())) {
				return null;
			}
			throw ex;
		}
		List<DescribedField> fields = description.fields().stream().map(ClientDescribeSource::field).toList();
		List<DescribedChildRelationship> children = description.childRelationships()
			.stream()
			.filter((child) -> child.relationshipName() != null)
			.map(ClientDescribeSource::child)
			.toList();
		return new DescribedObject(description.name(), fields, children);
	}

	private static DescribedField field(FieldDescription field) {
		return new DescribedField(field.name(), field.type().toLowerCase(java.util.Locale.ROOT), field.createable(),
				field.updateable(), field.externalId() || field.idLookup(), field.scale(), field.relationshipName(),
				field.referenceTo(), field.picklistValues().stream().map(PicklistValue::value).toList());
	}

	private static DescribedChildRelationship child(ChildRelationship child) {
		return new DescribedChildRelationship(String.valueOf(child.relationshipName()), child.childSObject());
	}

}
