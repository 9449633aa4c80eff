package uk.chatbatch.shareable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Child identifiers replaced by HMAC-SHA256 under a key the LA holds, so the same child gets the same pseudonym in
 * every period (tables join across periods and lists) while no one without the key can go back from pseudonym to
 * identifier, or test a guessed identifier. The key is read from the file the job names and is never logged,
 * printed or written: messages name the file, never its contents.
 */
public final class Pseudonymiser {

    /** A key shorter than this is refused: a short key could be guessed. */
    public static final int MIN_KEY_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    Pseudonymiser(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * The key in {@code file}: its text with surrounding white space removed (so an editor's final newline does not
     * change every pseudonym).
     *
     * @throws KeyUnavailableException with one sentence naming the file when it is missing, unreadable or too short
     */
    public static Pseudonymiser fromKeyFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KeyUnavailableException(file + ": the pseudonymisation key file does not exist");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            throw new KeyUnavailableException(file + ": the pseudonymisation key file could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_LENGTH) {
            throw new KeyUnavailableException(file + ": the pseudonymisation key is " + bytes.length
                    + " characters; it needs at least " + MIN_KEY_LENGTH + " (e.g. `openssl rand -hex 32`)");
        }
        return new Pseudonymiser(bytes);
    }

    /** 64 lower-case hex digits: HMAC-SHA256 of the identifier's UTF-8 bytes. */
    public String pseudonym(String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new TransformFailedException("HMAC-SHA256 is not available (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** No key was given or it could not be used; the message names the file, never the key. */
    public static final class KeyUnavailableException extends RuntimeException {
        KeyUnavailableException(String message) {
            super(message);
        }
    }
}
