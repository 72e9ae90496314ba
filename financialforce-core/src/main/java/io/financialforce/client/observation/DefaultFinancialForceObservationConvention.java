package io.financialforce.client.observation;

import java.util.regex.Pattern;

import io.financialforce.FinancialForceApiFailure;
import io.financialforce.client.observation.FinancialForceObservationDocumentation.HighCardinalityKeyNames;
import io.financialforce.client.observation.FinancialForceObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names and keys of client operation observations: the name {@value #NAME}, the contextual (span) name
 * {@code financialforce <operation> [<sObject>]}, and the keys of {@link FinancialForceObservationDocumentation}.
 * The SOQL text is left out unless asked for. Extend it to change one key; each has its own method.
 *
 * @since 0.1.0
 */
public class DefaultFinancialForceObservationConvention implements FinancialForceObservationConvention {

	/** The observation's name, and so the timer's. */
	public static final String NAME = "financialforce.client.operations";

	private static final String NONE = "none";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,64}");

	private final boolean includeSoql;

	/**
	 * Creates the convention without the SOQL text.
	 */
	public DefaultFinancialForceObservationConvention() {
		this(false);
	}

	/**
	 * Creates the convention.
	 * @param includeSoql whether query observations carry the SOQL text as the high-cardinality key
	 * {@code financialforce.soql}; off by default because literals in it may be personal or confidential
	 */
	public DefaultFinancialForceObservationConvention(boolean includeSoql) {
		this.includeSoql = includeSoql;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(FinancialForceObservationContext context) {
		String sObject = context.getSObject();
		return "financialforce " + context.getOperation().value() + ((sObject != null) ? " " + sObject : "");
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(FinancialForceObservationContext context) {
		return KeyValues.of(operation(context), sObject(context), apiVersion(context), outcome(context),
				status(context), error(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(FinancialForceObservationContext context) {
		KeyValues values = KeyValues.empty();
		if (context.getRecords() >= 0) {
			values = values.and(HighCardinalityKeyNames.RECORDS.withValue(String.valueOf(context.getRecords())));
		}
		if (context.getRequests() > 0) {
			values = values.and(HighCardinalityKeyNames.REQUESTS.withValue(String.valueOf(context.getRequests())));
		}
		if (context.getPage() > 0) {
			values = values.and(HighCardinalityKeyNames.PAGE.withValue(String.valueOf(context.getPage())));
		}
		String soql = context.getSoql();
		if (this.includeSoql && soql != null) {
			values = values.and(HighCardinalityKeyNames.SOQL.withValue(soql));
		}
		return values;
	}

	/**
	 * The operation key.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue operation(FinancialForceObservationContext context) {
		return LowCardinalityKeyNames.OPERATION.withValue(context.getOperation().value());
	}

	/**
	 * The sObject key.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue sObject(FinancialForceObservationContext context) {
		String sObject = context.getSObject();
		return LowCardinalityKeyNames.SOBJECT.withValue((sObject != null) ? sObject : NONE);
	}

	/**
	 * The API version key.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue apiVersion(FinancialForceObservationContext context) {
		return LowCardinalityKeyNames.API_VERSION.withValue(context.getApiVersion());
	}

	/**
	 * The outcome key.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue outcome(FinancialForceObservationContext context) {
		if (context.getError() == null) {
			return LowCardinalityKeyNames.OUTCOME.withValue("SUCCESS");
		}
		int status = statusCode(context);
		String outcome = (status >= 500 && status < 600) ? "SERVER_ERROR"
				: (status >= 400) ? "CLIENT_ERROR" : (status >= 300) ? "REDIRECTION" : "UNKNOWN";
		return LowCardinalityKeyNames.OUTCOME.withValue(outcome);
	}

	/**
	 * The status key.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue status(FinancialForceObservationContext context) {
		int status = statusCode(context);
		String value = (status > 0) ? String.valueOf(status) : (context.getRequests() > 0) ? "IO_ERROR" : "NONE";
		return LowCardinalityKeyNames.STATUS.withValue(value);
	}

	/**
	 * The error key.
	 * @param context the context
	 * @return the key value
	 */
	protected KeyValue error(FinancialForceObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return LowCardinalityKeyNames.ERROR.withValue(NONE);
		}
		String code = (error instanceof FinancialForceApiFailure failure) ? failure.errorCode() : null;
		return LowCardinalityKeyNames.ERROR
			.withValue((code != null && CODE.matcher(code).matches()) ? code : error.getClass().getSimpleName());
	}

	/** The failure's status (a composite subrequest's, a login's), else the latest answer's. */
	private static int statusCode(FinancialForceObservationContext context) {
		Throwable error = context.getError();
		if (error instanceof FinancialForceApiFailure failure && failure.statusCode() > 0) {
			return failure.statusCode();
		}
		return context.getStatus();
	}

}
