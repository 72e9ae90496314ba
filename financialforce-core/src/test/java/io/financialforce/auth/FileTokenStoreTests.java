package io.financialforce.auth;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;

import io.financialforce.FinancialForceResourceFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The file token store: persistence across instances, owner-only permissions, atomic replacement, failed updates.
 */
class FileTokenStoreTests {

	static final Session SESSION = new Session("00Dfile!access", URI.create("https://acme.my.salesforce.com"),
			Instant.ofEpochMilli(1764064800000L), URI.create("https://login.salesforce.com/id/00D/005"));

	@TempDir
	Path directory;

	@Test
	void persistsTokensForOtherInstances() {
		Path file = this.directory.resolve("nested/tokens.json");
		new FileTokenStore(file).update("acme", (current) -> new StoredTokens("5Aep861refresh", SESSION));
		new FileTokenStore(file).update("other", (current) -> new StoredTokens("5Aep861other", null));

		FileTokenStore reopened = new FileTokenStore(file);

		assertThat(reopened.load("acme")).contains(new StoredTokens("5Aep861refresh", SESSION));
		assertThat(reopened.load("other")).contains(new StoredTokens("5Aep861other", null));
		assertThat(reopened.load("missing")).isEmpty();
		reopened.remove("acme");
		assertThat(new FileTokenStore(file).load("acme")).isEmpty();
	}

	@Test
	void writesOwnerOnlyFilesAndLeavesNoTemporaryFile() throws Exception {
		Path file = this.directory.resolve("tokens.json");

		new FileTokenStore(file).update("acme", (current) -> new StoredTokens("5Aep861refresh", SESSION));

		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
					this.directory.resolve("tokens.json.lock")))).isEqualTo("rw-------");
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("tokens.json",
					"tokens.json.lock");
		}
	}

	@Test
	void failedUpdateKeepsTheOldTokens() {
		FileTokenStore store = new FileTokenStore(this.directory.resolve("tokens.json"));
		store.update("acme", (current) -> new StoredTokens("5Aep861refresh", SESSION));

		assertThatIllegalStateException().isThrownBy(() -> store.update("acme", (current) -> {
			throw new IllegalStateException("refresh failed");
		}));

		assertThat(store.load("acme")).contains(new StoredTokens("5Aep861refresh", SESSION));
	}

	@Test
	void unreadableFileIsReportedWithoutItsContent() throws Exception {
		Path file = Files.writeString(this.directory.resolve("tokens.json"), "{\"acme\":{\"refresh_token\":\"5Aep861se");

		assertThatExceptionOfType(FinancialForceResourceFailureException.class)
			.isThrownBy(() -> new FileTokenStore(file).load("acme"))
			.withMessageContaining("delete it and authorize again")
			.withMessageNotContaining("5Aep861se");
	}

	@Test
	void toStringsRedactTokens() {
		StoredTokens tokens = new StoredTokens("5Aep861refresh", SESSION);

		assertThat(tokens.toString()).doesNotContain("5Aep861refresh").doesNotContain("00Dfile!access")
			.contains("<redacted>")
			.contains("https://acme.my.salesforce.com");
		assertThat(new FileTokenStore(this.directory.resolve("t.json")).toString()).contains("t.json");
	}

}
