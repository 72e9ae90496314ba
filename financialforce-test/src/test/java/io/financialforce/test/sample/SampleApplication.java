package io.financialforce.test.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A user's application: its package is scanned for {@code @SObject} types (and repositories). */
@SpringBootApplication
public class SampleApplication {

}
