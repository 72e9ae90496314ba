package io.financialforce.repository.sample;

import io.financialforce.core.mapping.PicklistValue;

/**
 * The status picklist of {@link Invoice}.
 */
public enum Status {

	@PicklistValue("In Progress")
	IN_PROGRESS,

	@PicklistValue("Complete")
	COMPLETE

}
