package io.financialforce.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.data.annotation.QueryAnnotation;

/**
 * SOQL written by hand for a repository method:
 * <pre class="code">
 * &#64;Query("SELECT Id, Name FROM Account WHERE Name = :name")
 * List&lt;Account&gt; named(String name);
 * </pre>
 * Parameters are referenced as {@code :name} (the method parameter's name, or its {@code @Param}) or {@code ?1}
 * (by position, counting from 1); their values are bound as escaped literals, never spliced in as text. The
 * statement is parsed when the repository is created, so a malformed query fails at start-up. Aggregate queries map
 * their rows (aliases included) into records or interface projections. A {@code Stream} return type reads the rows
 * page by page as the stream is consumed; close it (try-with-resources) to release the query cursor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@QueryAnnotation
public @interface Query {

	/**
	 * The SOQL statement.
	 * @return the statement
	 */
	String value();

}
