package io.financialforce;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error shape of the API translated into the {@link DataAccessException} family.
 */
class FinancialForceExceptionTranslatorTests {

	final FinancialForceExceptionTranslator translator = new FinancialForceExceptionTranslator();

	DataAccessException rest(int status, String code) {
		return this.translator.translate("GET /x", status,
				("[{\"errorCode\":\"" + code + "\",\"message\":\"m\",\"fields\":[\"F\"]}]").getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@CsvSource({ "400, DUPLICATE_VALUE, org.springframework.dao.DuplicateKeyException",
			"400, INVALID_FIELD, org.springframework.dao.InvalidDataAccessResourceUsageException",
			"400, MALFORMED_QUERY, org.springframework.dao.InvalidDataAccessResourceUsageException",
			"400, INVALID_TYPE, org.springframework.dao.InvalidDataAccessResourceUsageException",
			"400, REQUIRED_FIELD_MISSING, org.springframework.dao.DataIntegrityViolationException",
			"400, FIELD_CUSTOM_VALIDATION_EXCEPTION, org.springframework.dao.DataIntegrityViolationException",
			"400, INVALID_FIELD_FOR_INSERT_UPDATE, org.springframework.dao.DataIntegrityViolationException",
			"400, INSUFFICIENT_ACCESS_OR_READONLY, org.springframework.dao.PermissionDeniedDataAccessException",
			"403, INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, org.springframework.dao.PermissionDeniedDataAccessException",
			"403, REQUEST_LIMIT_EXCEEDED, org.springframework.dao.TransientDataAccessResourceException",
			"400, UNABLE_TO_LOCK_ROW, org.springframework.dao.CannotAcquireLockException",
			"400, QUERY_TIMEOUT, org.springframework.dao.QueryTimeoutException",
			"404, NOT_FOUND, org.springframework.dao.EmptyResultDataAccessException",
			"404, ENTITY_IS_DELETED, org.springframework.dao.EmptyResultDataAccessException",
			"401, INVALID_SESSION_ID, io.financialforce.FinancialForceAuthenticationException",
			"400, EXCEEDED_ID_LIMIT, org.springframework.dao.InvalidDataAccessApiUsageException",
			"503, SERVER_UNAVAILABLE, org.springframework.dao.DataAccessResourceFailureException",
			"500, UNKNOWN_EXCEPTION, org.springframework.dao.DataAccessResourceFailureException",
			"400, BRAND_NEW_CODE, io.financialforce.UncategorizedFinancialForceException" })
	void translatesRestErrorCodes(int status, String code, Class<?> expected) {
		DataAccessException ex = rest(status, code);

		assertThat(ex).isInstanceOf(expected).isInstanceOf(FinancialForceApiFailure.class);
		FinancialForceApiFailure failure = (FinancialForceApiFailure) ex;
		assertThat(failure.statusCode()).isEqualTo(status);
		assertThat(failure.errors()).containsExactly(new ApiError(code, "m", List.of("F")));
		assertThat(failure.errorCode()).isEqualTo(code);
		assertThat(ex.getMessage()).startsWith("GET /x failed with HTTP " + status + ": " + code + ": m [F]. ");
	}

	@Test
	void transientOnesAreTransient() {
		assertThat(rest(400, "UNABLE_TO_LOCK_ROW")).isInstanceOf(TransientDataAccessException.class);
		assertThat(rest(403, "REQUEST_LIMIT_EXCEEDED")).isInstanceOf(TransientDataAccessException.class);
	}

	@Test
	void keepsAllErrorsOfTheBody() {
		DataAccessException ex = this.translator.translate("POST /x", 400, ("[{\"errorCode\":\"REQUIRED_FIELD_MISSING\","
				+ "\"message\":\"a\"},{\"statusCode\":\"STRING_TOO_LONG\",\"message\":\"b\",\"fields\":[\"Name\"]}]")
			.getBytes(StandardCharsets.UTF_8));

		assertThat(((FinancialForceApiFailure) ex).errors()).containsExactly(ApiError.of("REQUIRED_FIELD_MISSING", "a"),
				new ApiError("STRING_TOO_LONG", "b", List.of("Name")));
		assertThat(ex.getMessage()).contains("REQUIRED_FIELD_MISSING: a; STRING_TOO_LONG: b [Name]");
	}

	@Test
	void translatesOAuthErrors() {
		DataAccessException ex = this.translator.translate("OAuth password grant", 400,
				"{\"error\":\"invalid_client_id\",\"error_description\":\"client identifier invalid\"}"
					.getBytes(StandardCharsets.UTF_8));

		assertThat(ex).isInstanceOf(FinancialForceAuthenticationException.class)
			.isInstanceOf(PermissionDeniedDataAccessException.class)
			.hasMessage("OAuth password grant failed with HTTP 400: invalid_client_id: client identifier invalid."
					+ " Check the client id (consumer key) of the connected app.");
	}

	@Test
	void translatesSoapFaults() {
		DataAccessException ex = this.translator.translate("SOAP login", 500, ("<?xml version=\"1.0\"?><soapenv:Envelope"
				+ " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:sf=\"urn:fault.partner.soap.sforce.com\">"
				+ "<soapenv:Body><soapenv:Fault><faultcode>sf:LOGIN_MUST_USE_SECURITY_TOKEN</faultcode><faultstring>"
				+ "LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token</faultstring>"
				+ "</soapenv:Fault></soapenv:Body></soapenv:Envelope>").getBytes(StandardCharsets.UTF_8));

		assertThat(ex).isInstanceOf(FinancialForceAuthenticationException.class)
			.hasMessageContaining("LOGIN_MUST_USE_SECURITY_TOKEN")
			.hasMessageContaining("Append the user's security token");
	}

	@Test
	void translatesBodilessAndHtmlAnswersByStatus() {
		byte[] html = "<html><body>Bad gateway</body></html>".getBytes(StandardCharsets.UTF_8);

		assertThat(this.translator.translate("GET /x", 502, html)).isInstanceOf(DataAccessResourceFailureException.class)
			.hasMessage("GET /x failed with HTTP 502 and a body of 37 bytes that is no API error. Salesforce or the"
					+ " network failed; retry later, and check status.salesforce.com.");
		assertThat(this.translator.translate("GET /x", 404, new byte[0])).isInstanceOf(EmptyResultDataAccessException.class)
			.hasMessageContaining("and no body");
		assertThat(this.translator.translate("GET /x", 401, new byte[0]))
			.isInstanceOf(FinancialForceAuthenticationException.class);
		assertThat(this.translator.translate("GET /x", 403, new byte[0]))
			.isInstanceOf(PermissionDeniedDataAccessException.class);
		assertThat(this.translator.translate("GET /x", 429, new byte[0]))
			.isInstanceOf(TransientDataAccessResourceException.class);
		assertThat(this.translator.translate("GET /x", 418, "{not json".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UncategorizedFinancialForceException.class);
	}

	@Test
	void translatesPerRecordErrors() {
		DataAccessException ex = this.translator.translate("createAll", 200,
				List.of(new ApiError("DUPLICATE_VALUE", "duplicate value found", List.of())));

		assertThat(ex).isInstanceOf(DuplicateKeyException.class).hasMessageStartingWith("createAll failed with HTTP 200");
	}

	@Test
	void translatesSpringAndJacksonExceptionsAndIgnoresForeignOnes() {
		assertThat(this.translator.translateExceptionIfPossible(HttpClientErrorException.create(HttpStatus.BAD_REQUEST,
				"Bad Request", null, "[{\"errorCode\":\"MALFORMED_QUERY\",\"message\":\"unexpected token\"}]"
					.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class);
		assertThat(this.translator.translateExceptionIfPossible(new ResourceAccessException("I/O error",
				new ConnectException("Connection refused"))))
			.isInstanceOf(DataAccessResourceFailureException.class)
			.hasMessageContaining("ConnectException: Connection refused");
		assertThat(this.translator.translateExceptionIfPossible(
				new tools.jackson.core.exc.StreamReadException(null, "Unexpected end-of-input")))
			.isInstanceOf(DataAccessResourceFailureException.class);
		assertThat(this.translator.translateExceptionIfPossible(new IllegalStateException("not ours"))).isNull();
		assertThat(this.translator.translateExceptionIfPossible(rest(400, "DUPLICATE_VALUE"))).isNull();
	}

	@Test
	void timeoutsAreNamed() {
		assertThat(this.translator.ioFailure("GET /x", new ResourceAccessException("x",
				new java.net.http.HttpTimeoutException("request timed out"))))
			.hasMessageStartingWith("GET /x timed out.");
		assertThat(this.translator.ioFailure("GET /x", new IOException("Connection reset")))
			.hasMessageStartingWith("GET /x failed on I/O (IOException: Connection reset).")
			.isNotInstanceOf(QueryTimeoutException.class);
	}

	@Test
	void otherSpringTypesStayDistinct() {
		assertThat(rest(400, "INVALID_FIELD")).isNotInstanceOf(DataIntegrityViolationException.class);
		assertThat(rest(400, "UNABLE_TO_LOCK_ROW")).isInstanceOf(CannotAcquireLockException.class);
		assertThat(rest(400, "EXCEEDED_ID_LIMIT")).isInstanceOf(InvalidDataAccessApiUsageException.class);
	}

}
