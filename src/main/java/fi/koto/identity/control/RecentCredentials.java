package fi.koto.identity.control;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password was verified against a stored hash, so that an API client sending
 * HTTP Basic credentials with every request pays the deliberate PBKDF2 cost once, not on every call.
 *
 * <p>What is kept is an HMAC of the password under a key that exists only in this process's memory, together with
 * the stored hash it was checked against. An entry counts only while the account still has that stored hash, and
 * the caller reads the account from the database on every request, so a password change, disabling or locking on
 * any instance takes effect at once everywhere. Wrong passwords are never remembered: each one still costs a full
 * verification and counts towards the lockout.
 */
final class RecentCredentials {

    private static final String MAC = "HmacSHA256";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Duration lifetime;
    private final int capacity;

    RecentCredentials(Duration lifetime, int capacity) {
        this.lifetime = lifetime;
        this.capacity = capacity;
        new SecureRandom().nextBytes(key);
    }

    /** True when this exact password was verified against this exact stored hash within the lifetime. */
    boolean confirms(String username, char[] password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!entry.validAt(now) || !entry.storedHash().equals(storedHash)) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    void remember(String username, char[] password, String storedHash, Instant now) {
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> !entry.validAt(now));
            if (entries.size() >= capacity) {
                // Still full of live entries: forgetting them only costs those clients one slow verification.
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password), storedHash, now.plus(lifetime)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC + " is part of every Java runtime", e);
        }
    }

    private record Entry(byte[] mac, String storedHash, Instant expires) {
        boolean validAt(Instant now) {
            return now.isBefore(expires);
        }
    }
}
