package io.financialforce.sample.accounting;

import io.financialforce.core.mapping.PicklistValue;
import io.financialforce.core.mapping.UnknownPicklistValue;

/**
 * The status of a sales invoice ({@code c2g__InvoiceStatus__c}). A draft is {@link #IN_PROGRESS}; posting makes it
 * {@link #COMPLETE}, after which only a credit note changes it.
 */
public enum InvoiceStatus {

	/** A draft: every field and line may change. */
	@PicklistValue("In Progress")
	IN_PROGRESS,

	/** Checked and waiting for the posting run. */
	@PicklistValue("Ready to Post")
	READY_TO_POST,

	/** Posted to the ledger: it is receivable until paid. */
	@PicklistValue("Complete")
	COMPLETE,

	/** Abandoned before posting. */
	@PicklistValue("Discarded")
	DISCARDED,

	/** A value an administrator added to the picklist that this application does not know yet. */
	@UnknownPicklistValue
	OTHER;

	/**
	 * Whether an invoice in this status may still be edited or deleted.
	 * @return {@code true} before posting
	 */
	public boolean isDraft() {
		return this == IN_PROGRESS || this == READY_TO_POST;
	}

}
