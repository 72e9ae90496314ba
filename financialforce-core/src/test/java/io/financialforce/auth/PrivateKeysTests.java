package io.financialforce.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;

import io.financialforce.InvalidFinancialForceApiUsageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading the JWT signing key from PEM text and from PKCS#12 and JKS key stores.
 */
class PrivateKeysTests {

	@Test
	void readsPkcs8PemFromTextAndFile() throws Exception {
		Path file = TestKeys.resource("test-jwt-key.pem");

		PrivateKey key = PrivateKeys.fromPem(file);

		assertThat(key).isInstanceOf(RSAPrivateCrtKey.class);
		assertThat(PrivateKeys.fromPem(Files.readString(file))).isEqualTo(key);
		assertThat(((RSAPrivateCrtKey) key).getPublicExponent()).isEqualTo(
				((java.security.interfaces.RSAPublicKey) TestKeys.publicKey()).getPublicExponent());
	}

	@Test
	void explainsPkcs1AndEncryptedKeys() {
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> PrivateKeys.fromPem("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"))
			.withMessageContaining("a PKCS#1 key")
			.withMessageContaining("openssl pkcs8 -topk8 -nocrypt");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> PrivateKeys.fromPem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED"
					+ " PRIVATE KEY-----"))
			.withMessageContaining("an encrypted key");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> PrivateKeys.fromPem("-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----"))
			.withMessageContaining("no readable RSA private key");
	}

	@Test
	void readsPkcs12AndJksKeyStores() {
		PrivateKey pem = TestKeys.privateKey();

		assertThat(PrivateKeys.fromKeyStore(TestKeys.resource("test-jwt.p12"), "PKCS12", TestKeys.PASSWORD, null, null))
			.isEqualTo(pem);
		assertThat(PrivateKeys.fromKeyStore(TestKeys.resource("test-jwt.jks"), "JKS", TestKeys.PASSWORD, "jwt",
				TestKeys.PASSWORD))
			.isInstanceOf(RSAPrivateCrtKey.class);
	}

	@Test
	void wrongPasswordOrAliasIsExplainedWithoutThePassword() {
		Path store = TestKeys.resource("test-jwt.p12");

		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> PrivateKeys.fromKeyStore(store, "PKCS12", "wrong-password".toCharArray(), null, null))
			.withMessageContaining("check its type and password")
			.withMessageNotContaining("wrong-password");
		assertThatExceptionOfType(InvalidFinancialForceApiUsageException.class)
			.isThrownBy(() -> PrivateKeys.fromKeyStore(store, "PKCS12", TestKeys.PASSWORD, "other", null))
			.withMessageContaining("no private key under alias 'other'");
	}

}
