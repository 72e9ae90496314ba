package io.financialforce.soql;

/**
 * A placeholder in SOQL written by hand ({@code :name} or {@code ?1}), replaced by a literal before the statement is
 * sent: the REST API has no bind variables, so binding happens here, as literals, never as text.
 */
public sealed interface BindParameter extends Operand {

	/**
	 * {@code :name}.
	 *
	 * @param name the parameter's name
	 */
	record Named(String name) implements BindParameter {

		public Named {
			SoqlChecks.identifier(name, "parameter name");
		}

	}

	/**
	 * {@code ?1}: a parameter by position, with the index as written (the code that binds it says where counting starts).
	 *
	 * @param index the parameter's position as written
	 */
	record Positional(int index) implements BindParameter {

		public Positional {
			if (index < 0) {
				throw new IllegalArgumentException("A positional parameter's index must not be negative: " + index);
			}
		}

	}

}
