package uk.chatbatch.shareable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LA's key: read from its file, refused in one sentence naming the file (never the key) when unusable. */
class PseudonymiserTest {

    static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void theSameKeyGivesTheSamePseudonymAndAFinalNewlineChangesNothing() throws Exception {
        Path a = Files.writeString(dir.resolve("a.key"), KEY);
        Path b = Files.writeString(dir.resolve("b.key"), KEY + "\n");
        assertThat(Pseudonymiser.fromKeyFile(a).pseudonym("1000001"))
                .isEqualTo(Pseudonymiser.fromKeyFile(b).pseudonym("1000001"));
    }

    @Test
    void aDifferentKeyGivesADifferentPseudonym() throws Exception {
        Path a = Files.writeString(dir.resolve("a.key"), KEY);
        Path c = Files.writeString(dir.resolve("c.key"), KEY.replace('0', '9'));
        assertThat(Pseudonymiser.fromKeyFile(a).pseudonym("1000001"))
                .isNotEqualTo(Pseudonymiser.fromKeyFile(c).pseudonym("1000001"));
    }

    @Test
    void aMissingKeyFileIsNamed() {
        Path missing = dir.resolve("none.key");
        assertThatThrownBy(() -> Pseudonymiser.fromKeyFile(missing))
                .isInstanceOf(Pseudonymiser.KeyUnavailableException.class)
                .hasMessage(missing + ": the pseudonymisation key file does not exist");
    }

    @Test
    void aShortKeyIsRefusedWithoutQuotingIt() throws Exception {
        Path shortKey = Files.writeString(dir.resolve("short.key"), "secret-31-characters-long-abcde");
        assertThatThrownBy(() -> Pseudonymiser.fromKeyFile(shortKey))
                .hasMessage(shortKey + ": the pseudonymisation key is 31 characters; it needs at least 32"
                        + " (e.g. `openssl rand -hex 32`)")
                .hasMessageNotContaining("secret");
        Path exactly32 = Files.writeString(dir.resolve("ok.key"), "secret-32-characters-long-abcdef");
        assertThat(Pseudonymiser.fromKeyFile(exactly32).pseudonym("x")).hasSize(64);
    }

    @Test
    void aFolderInsteadOfAFileIsNotAKey() {
        assertThatThrownBy(() -> Pseudonymiser.fromKeyFile(dir))
                .hasMessage(dir + ": the pseudonymisation key file does not exist");
    }
}
