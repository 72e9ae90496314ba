package io.financialforce.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import io.financialforce.InvalidFinancialForceApiUsageException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Loads the RSA private key of the JWT bearer flow from a PEM file (unencrypted PKCS#8) or from a PKCS#12 or JKS key
 * store, with the JDK only.
 */
public final class PrivateKeys {

	private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String PKCS8_END = "-----END PRIVATE KEY-----";

	private PrivateKeys() {
	}

	/**
	 * Reads a key from PEM text ({@code -----BEGIN PRIVATE KEY-----}).
	 * @param pem the PEM text
	 * @return the key
	 * @throws InvalidFinancialForceApiUsageException if the text holds no unencrypted PKCS#8 RSA key
	 */
	public static PrivateKey fromPem(String pem) {
		Assert.notNull(pem, "'pem' must not be null");
		int begin = pem.indexOf(PKCS8_BEGIN);
		int end = pem.indexOf(PKCS8_END);
		if (begin < 0 || end < begin) {
			String found = pem.contains("BEGIN RSA PRIVATE KEY") ? "a PKCS#1 key"
					: pem.contains("BEGIN ENCRYPTED PRIVATE KEY") ? "an encrypted key" : "no private key";
			throw invalid("The PEM text holds " + found + "; the JWT bearer flow needs an unencrypted PKCS#8 key"
					+ " (convert with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem) or a key store.",
					null);
		}
		String base64 = pem.substring(begin + PKCS8_BEGIN.length(), end).replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(base64);
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw invalid("The PEM text holds no readable RSA private key.", ex);
		}
	}

	/**
	 * Reads a key from a PEM file.
	 * @param file the file
	 * @return the key
	 */
	public static PrivateKey fromPem(Path file) {
		try {
			return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw invalid("Cannot read the private key file " + file + ".", ex);
		}
	}

	/**
	 * Reads a key from a key store.
	 * @param file the key store file
	 * @param type {@code PKCS12} or {@code JKS}
	 * @param storePassword the key store's password
	 * @param alias the key's alias, {@literal null} for the only key entry
	 * @param keyPassword the key's password, {@literal null} for the store's password
	 * @return the key
	 */
	public static PrivateKey fromKeyStore(Path file, String type, char[] storePassword, @Nullable String alias,
			char @Nullable [] keyPassword) {
		Assert.notNull(file, "'file' must not be null");
		Assert.hasText(type, "'type' must not be empty");
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance(type);
			store.load(in, storePassword);
			String name = (alias != null) ? alias : onlyKeyAlias(store, file);
			Key key = store.getKey(name, (keyPassword != null) ? keyPassword : storePassword);
			if (key instanceof PrivateKey privateKey) {
				return privateKey;
			}
			throw invalid("The key store " + file + " has no private key under alias '" + name + "'.", null);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw invalid("Cannot read the " + type + " key store " + file
					+ " (check its type and password; the password is not shown).", ex);
		}
	}

	private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
		List<String> keys = Collections.list(store.aliases()).stream().filter((alias) -> isKey(store, alias)).toList();
		if (keys.size() != 1) {
			throw invalid("The key store " + file + " holds " + keys.size() + " private keys " + keys
					+ "; name the alias to use.", null);
		}
		return keys.get(0);
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static InvalidFinancialForceApiUsageException invalid(String message, @Nullable Throwable cause) {
		return new InvalidFinancialForceApiUsageException(message, 0, List.of(), cause);
	}

}
