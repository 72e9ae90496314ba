package io.financialforce.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The credentials the emulated org accepts. The defaults are public demo values; never use them for a real org.
 * {@link #toString()} shows no secret.
 *
 * @param username the API user's username
 * @param password the password
 * @param securityToken the security token (appended to the password for SOAP login and the password grant)
 * @param clientId the connected app's consumer key
 * @param clientSecret the connected app's consumer secret
 * @param jwtPrivateKeyPem the PKCS#8 PEM of the RSA key that signs JWT bearer assertions (its public half is the
 * connected app's certificate)
 */
public record DemoCredentials(String username, String password, String securityToken, String clientId,
		String clientSecret, String jwtPrivateKeyPem) {

	/** The default username. */
	public static final String DEMO_USERNAME = "admin@demo.financialforce.example";

	/**
	 * The default demo credentials with the bundled test RSA key.
	 * @return the credentials
	 */
	public static DemoCredentials demo() {
		return new DemoCredentials(DEMO_USERNAME, "demo-password", "DEMOTOKEN", "demo-client-id",
				"demo-client-secret", bundledKey());
	}

	private static String bundledKey() {
		try (InputStream in = DemoCredentials.class.getResourceAsStream("demo-jwt-private-key.pem")) {
			if (in == null) {
				throw new IllegalStateException("demo-jwt-private-key.pem is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JWT signing key.
	 * @return the RSA private key
	 */
	public PrivateKey jwtPrivateKey() {
		try {
			String base64 = this.jwtPrivateKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The JWT private key is not a PKCS#8 RSA PEM", ex);
		}
	}

	/**
	 * The public half of the JWT key, which the emulator verifies assertions with.
	 * @return the RSA public key
	 */
	public PublicKey jwtPublicKey() {
		RSAPrivateCrtKey key = (RSAPrivateCrtKey) jwtPrivateKey();
		try {
			BigInteger modulus = key.getModulus();
			return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, key.getPublicExponent()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Copies these credentials with another username.
	 * @param username the username
	 * @return new credentials
	 */
	public DemoCredentials withUsername(String username) {
		return new DemoCredentials(username, this.password, this.securityToken, this.clientId, this.clientSecret,
				this.jwtPrivateKeyPem);
	}

	@Override
	public String toString() {
		return "DemoCredentials[username=" + this.username + ", clientId=" + this.clientId + "]";
	}

}
