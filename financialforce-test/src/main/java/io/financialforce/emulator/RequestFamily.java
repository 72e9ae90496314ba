package io.financialforce.emulator;

/**
 * The endpoint families the emulator counts requests of.
 */
public enum RequestFamily {

	/** SOAP partner login ({@code /services/Soap/u/NN.N}). */
	LOGIN,
	/** OAuth token endpoint ({@code /services/oauth2/token}). */
	TOKEN,
	/** OAuth authorization endpoint ({@code /services/oauth2/authorize}). */
	AUTHORIZE,
	/** OAuth revocation ({@code /services/oauth2/revoke}). */
	REVOKE,
	/** Identity URL ({@code /id/{org}/{user}}). */
	IDENTITY,
	/** API versions ({@code /services/data}). */
	VERSIONS,
	/** Resources of a version ({@code /services/data/vNN.N}). */
	RESOURCES,
	/** Limits ({@code /limits}). */
	LIMITS,
	/** Global and object describe ({@code /sobjects}, {@code /sobjects/X}, {@code /sobjects/X/describe}). */
	DESCRIBE,
	/** {@code query} and {@code queryAll}. */
	QUERY,
	/** Further pages of a query ({@code query/{locator}}). */
	QUERY_MORE,
	/** Single records ({@code /sobjects/X/...}): read, create, update, upsert, delete. */
	SOBJECT,
	/** sObject Collections ({@code /composite/sobjects}). */
	COLLECTIONS,
	/** Composite ({@code /composite}). */
	COMPOSITE,
	/** Partner SOAP data calls at {@code /services/Soap/u/{version}/{orgId}}: query, queryMore, create, ... */
	SOAP,
	/** Anything else. */
	OTHER

}
