package io.financialforce.auth;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The test-only RSA key of {@code src/test/resources/io/financialforce/auth} (PEM, PKCS#12 and JKS with password
 * {@code changeit}), so that no test spends seconds generating keys.
 */
final class TestKeys {

	static final char[] PASSWORD = "changeit".toCharArray();

	private TestKeys() {
	}

	static Path resource(String name) {
		try {
			return Path.of(TestKeys.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static PrivateKey privateKey() {
		return PrivateKeys.fromPem(resource("test-jwt-key.pem"));
	}

	static PublicKey publicKey() throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = TestKeys.class.getResourceAsStream("test-jwt.p12")) {
			store.load(in, PASSWORD);
		}
		return store.getCertificate("jwt").getPublicKey();
	}

}
