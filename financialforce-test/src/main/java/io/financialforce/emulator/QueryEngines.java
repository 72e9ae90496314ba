package io.financialforce.emulator;

import java.time.Clock;
import java.time.ZoneOffset;

import io.financialforce.emulator.http.PositionedQueryException;
import io.financialforce.emulator.http.QueryApi;
import io.financialforce.emulator.org.OrgQueryDataSource;
import io.financialforce.emulator.org.OrgStore;
import io.financialforce.emulator.query.SoqlEvaluator;
import io.financialforce.soql.Select;
import io.financialforce.soql.SoqlParser;
import io.financialforce.soql.SoqlSyntaxException;

/**
 * SOQL of the emulator: core's parser, then the evaluator over the store.
 */
final class QueryEngines {

	private QueryEngines() {
	}

	static QueryApi.QueryEngine forStore(OrgStore store, Clock clock) {
		OrgQueryDataSource source = new OrgQueryDataSource(store);
		return (soql, includeDeleted, apiVersion) -> {
			Select select;
			try {
				select = SoqlParser.parse(soql);
			}
			catch (SoqlSyntaxException ex) {
				String found = ex.getFound();
				if (found.length() > 1 && found.startsWith("'") && found.endsWith("'")) {
					found = found.substring(1, found.length() - 1);
				}
				throw new PositionedQueryException("MALFORMED_QUERY", "unexpected token: " + found,
						ex.getLine(), ex.getColumn());
			}
			return new SoqlEvaluator(source, clock, ZoneOffset.UTC, apiVersion).evaluate(select, includeDeleted);
		};
	}

}
