package io.financialforce.auth;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.financialforce.FinancialForceResourceFailureException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link TokenStore} in a JSON file (the seed connector's {@code OAuthSettingsLocation}), shareable between
 * processes.
 * <p>
 * The file is readable and writable by its owner only where the file system supports POSIX permissions; every write
 * goes to a temporary file that then replaces the store by an atomic rename, so readers never see half a file; every
 * {@link #update(String, UnaryOperator) update} holds a lock on a sibling {@code .lock} file (and a lock of this JVM),
 * so two processes never refresh with the same rotating refresh token. Tokens are stored in clear text: protect the
 * file like a password.
 */
public final class FileTokenStore implements TokenStore {

	private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

	private static final JsonMapper MAPPER = JsonMapper.shared();

	private final Path file;

	private final Path lockFile;

	/**
	 * Creates a store in the given file; the file and its directory are created on first write.
	 * @param file the store's file, for example {@code ~/.financialforce/tokens.json}
	 */
	public FileTokenStore(Path file) {
		Assert.notNull(file, "'file' must not be null");
		this.file = file.toAbsolutePath().normalize();
		this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
	}

	@Override
	public Optional<StoredTokens> load(String key) {
		Assert.notNull(key, "'key' must not be null");
		return Optional.ofNullable(read().get(key)).map(FileTokenStore::fromJson);
	}

	@Override
	public StoredTokens update(String key, UnaryOperator<@Nullable StoredTokens> update) {
		Assert.notNull(key, "'key' must not be null");
		Assert.notNull(update, "'update' must not be null");
		return locked(() -> {
			ObjectNode all = read();
			JsonNode current = all.get(key);
			StoredTokens updated = update.apply((current != null) ? fromJson(current) : null);
			Assert.state(updated != null, "The update function must not return null");
			all.set(key, toJson(updated));
			write(all);
			return updated;
		});
	}

	@Override
	public void remove(String key) {
		locked(() -> {
			ObjectNode all = read();
			if (all.remove(key) != null) {
				write(all);
			}
			return null;
		});
	}

	private <T> T locked(Supplier<T> action) {
		ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(this.file, (path) -> new ReentrantLock());
		jvmLock.lock();
		try {
			createOwnerOnly(this.lockFile);
			try (FileChannel channel = FileChannel.open(this.lockFile, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				return action.get();
			}
		}
		catch (IOException ex) {
			throw failure("could not lock", ex);
		}
		finally {
			jvmLock.unlock();
		}
	}

	private ObjectNode read() {
		if (!Files.exists(this.file)) {
			return MAPPER.createObjectNode();
		}
		try {
			JsonNode node = MAPPER.readTree(Files.readAllBytes(this.file));
			if (node instanceof ObjectNode object) {
				return object;
			}
		}
		catch (IOException | JacksonException ex) {
			// fall through: never quote the content, it holds tokens
		}
		throw failure("could not read (it is not a JSON object; delete it and authorize again)", null);
	}

	private void write(ObjectNode all) {
		try {
			Path directory = this.file.getParent();
			Files.createDirectories(directory);
			Path temp = Files.createTempFile(directory, "." + this.file.getFileName(), ".tmp", ownerOnly(directory));
			try {
				Files.write(temp, MAPPER.writeValueAsBytes(all), StandardOpenOption.SYNC);
				try {
					Files.move(temp, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, this.file, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw failure("could not write", ex);
		}
	}

	private static void createOwnerOnly(Path path) throws IOException {
		if (!Files.exists(path)) {
			Files.createDirectories(path.getParent());
			try {
				Files.createFile(path, ownerOnly(path.getParent()));
			}
			catch (FileAlreadyExistsException ex) {
				// another process was faster
			}
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path directory) {
		if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
		}
		return new FileAttribute<?>[0];
	}

	private FinancialForceResourceFailureException failure(String what, @Nullable Throwable cause) {
		return new FinancialForceResourceFailureException("Token store " + this.file + " " + what + ".", 0, List.of(),
				cause);
	}

	private static ObjectNode toJson(StoredTokens tokens) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("refresh_token", tokens.refreshToken());
		Session session = tokens.session();
		if (session != null) {
			node.put("access_token", session.accessToken());
			node.put("instance_url", session.instanceUrl().toString());
			node.put("issued_at", session.issuedAt().toEpochMilli());
			node.put("id", (session.identityUrl() != null) ? String.valueOf(session.identityUrl()) : null);
		}
		return node;
	}

	private static StoredTokens fromJson(JsonNode node) {
		Session session = null;
		if (node.hasNonNull("access_token") && node.hasNonNull("instance_url")) {
			session = new Session(node.get("access_token").asString(), URI.create(node.get("instance_url").asString()),
					Instant.ofEpochMilli(node.path("issued_at").asLong()),
					node.hasNonNull("id") ? URI.create(node.get("id").asString()) : null);
		}
		return new StoredTokens(node.hasNonNull("refresh_token") ? node.get("refresh_token").asString() : null,
				session);
	}

	@Override
	public String toString() {
		return "FileTokenStore[" + this.file + "]";
	}

}
