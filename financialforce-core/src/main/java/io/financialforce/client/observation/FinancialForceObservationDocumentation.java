package io.financialforce.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of {@code FinancialForceClient} operations and its keys.
 *
 * @since 0.1.0
 */
public enum FinancialForceObservationDocumentation implements ObservationDocumentation {

	/**
	 * One operation of the client: a call with its retries and its replay after a session renewal, one page of a
	 * query, every chunk of an sObject Collections call, or obtaining a session.
	 */
	CLIENT_OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultFinancialForceObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Keys with few values, on every observation (timers are tagged with them).
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/** The operation, a {@link ClientOperation#value()}. */
		OPERATION {
			@Override
			public String asString() {
				return "financialforce.operation";
			}
		},

		/** The sObject's API name, {@code none} when the operation names none. */
		SOBJECT {
			@Override
			public String asString() {
				return "financialforce.sobject";
			}
		},

		/** The client's API version, for example {@code 65.0}. */
		API_VERSION {
			@Override
			public String asString() {
				return "financialforce.api.version";
			}
		},

		/**
		 * {@code SUCCESS}, or for a failure the series of the latest HTTP status ({@code CLIENT_ERROR},
		 * {@code SERVER_ERROR}, {@code REDIRECTION}), {@code UNKNOWN} when it failed without one.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/** The HTTP status of the latest answer, {@code IO_ERROR} when it got none, {@code NONE} when none is known. */
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},

		/**
		 * The API's error code of a failure ({@code INVALID_FIELD}, {@code invalid_grant}, ...), else the exception's
		 * simple class name; {@code none} on success.
		 */
		ERROR {
			@Override
			public String asString() {
				return "financialforce.error";
			}
		}

	}

	/**
	 * Keys with many values, on observations where they apply (spans carry them, timers do not).
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/** The records read (a query page, a retrieve) or sent to be written. */
		RECORDS {
			@Override
			public String asString() {
				return "financialforce.records";
			}
		},

		/** The HTTP requests sent, retries and the replay after a session renewal included. */
		REQUESTS {
			@Override
			public String asString() {
				return "financialforce.requests";
			}
		},

		/** The number of the query page, from 1. */
		PAGE {
			@Override
			public String asString() {
				return "financialforce.query.page";
			}
		},

		/**
		 * The SOQL of a query and its pages; only with
		 * {@link DefaultFinancialForceObservationConvention#DefaultFinancialForceObservationConvention(boolean)
		 * includeSoql}, because it may hold personal or confidential values.
		 */
		SOQL {
			@Override
			public String asString() {
				return "financialforce.soql";
			}
		}

	}

}
