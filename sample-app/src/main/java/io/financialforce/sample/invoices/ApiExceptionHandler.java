package io.financialforce.sample.invoices;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the API into an RFC 9457 problem detail whose {@code detail} says what was wrong, with an
 * {@code errors} list of {@code {field, message}} for invalid input.
 */
@RestControllerAdvice
final class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
		}
		errors.sort((a, b) -> a.get("field").compareTo(b.get("field")));
		return invalid(errors, headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = String.valueOf(result.getMethodParameter().getParameterName());
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(Map.of("field", name, "message", String.valueOf(error.getDefaultMessage())));
			}
		});
		return invalid(errors, headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException cause = jacksonCause(ex);
		if (cause != null && !cause.getPath().isEmpty()) {
			JacksonException jackson = cause;
			String field = path(jackson);
			String message;
			if (cause instanceof InvalidFormatException invalid) {
				message = "must be " + expected(invalid.getTargetType()) + ", not \"" + invalid.getValue() + "\"";
			}
			else if (cause instanceof UnrecognizedPropertyException unknown) {
				message = "is not a property of " + unknown.getReferringClass().getSimpleName() + "; known: "
						+ unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
							.collect(Collectors.joining(", "));
			}
			else {
				message = "cannot be read: " + jackson.getOriginalMessage();
			}
			return invalid(List.of(Map.of("field", field, "message", message)), headers, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON: " + ((cause != null) ? cause.getOriginalMessage()
						: "it is missing or cannot be read"));
		problem.setTitle("Unreadable request");
		problem.setType(URI.create(Problems.TYPE_PREFIX + "unreadable-request"));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		String message = "must be " + expected(ex.getRequiredType()) + ", not \"" + ex.getValue() + "\"";
		return invalid(List.of(Map.of("field", name, "message", message)), headers, request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> apiUsage(InvalidDataAccessApiUsageException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> transientFailure(TransientDataAccessException ex) {
		logger.warn("The FinancialForce org is unavailable: {}", ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "org-unavailable", "FinancialForce org unavailable",
				ex.getMessage() + "; try again later");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> dataAccess(DataAccessException ex) {
		logger.error("The FinancialForce org failed a request", ex);
		return problem(HttpStatus.BAD_GATEWAY, "org-error", "FinancialForce org error", ex.getMessage());
	}

	private @Nullable ResponseEntity<Object> invalid(List<Map<String, String>> errors, HttpHeaders headers,
			WebRequest request) {
		String detail = errors.stream()
			.map((error) -> error.get("field") + " " + error.get("message"))
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(errors.size() == 1 ? "1 invalid value: " : errors.size() + " invalid values: ") + detail);
		problem.setTitle("Invalid request");
		problem.setType(URI.create(Problems.TYPE_PREFIX + "invalid-request"));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(new IllegalArgumentException(detail), problem, headers,
				HttpStatus.BAD_REQUEST, request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title,
			@Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create(Problems.TYPE_PREFIX + type));
		return ResponseEntity.status(status).body(problem);
	}

	private static @Nullable JacksonException jacksonCause(Exception ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
		}
		return path.toString();
	}

	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "a valid value";
		}
		if (LocalDate.class.equals(type)) {
			return "a date as YYYY-MM-DD";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
				.collect(Collectors.joining(", "));
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		return "a valid " + type.getSimpleName();
	}

}
