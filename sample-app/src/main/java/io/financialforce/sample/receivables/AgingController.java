package io.financialforce.sample.receivables;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ageing report as JSON ({@code /api/receivables/aging}) and as an HTML page with a chart ({@code /}).
 */
@RestController
final class AgingController {

	private final AgingService aging;

	private final Clock clock;

	AgingController(AgingService aging, Clock clock) {
		this.aging = aging;
		this.clock = clock;
	}

	@GetMapping(path = "/api/receivables/aging", produces = MediaType.APPLICATION_JSON_VALUE)
	AgingReport aging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.aging.report(dayOrToday(asOf));
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return AgingPage.render(this.aging.report(dayOrToday(asOf)));
	}

	private LocalDate dayOrToday(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(this.clock);
	}

}
