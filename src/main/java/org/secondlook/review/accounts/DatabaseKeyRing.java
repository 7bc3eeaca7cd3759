package org.secondlook.review.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.secondlook.domain.Role;
import org.secondlook.review.exchange.ChainHead;
import org.secondlook.store.SettingsStore;
import org.secondlook.review.Permission;

/** {@link KeyRing} over the office settings of the encrypted database (Base64 X.509 / PKCS#8). */
public final class DatabaseKeyRing implements KeyRing {
    static final String SIGNING_PRIVATE = "keys.signing.private";
    static final String SIGNING_PUBLIC = "keys.signing.public";
    static final String AGREEMENT_PRIVATE = "keys.agreement.private";
    static final String AGREEMENT_PUBLIC = "keys.agreement.public";
    static final String HQ_PUBLIC = "hq.agreement.public";
    static final String TRUST_PREFIX = "trust.";
    public static final String MERGED_PREFIX = "merged.";

    private final SettingsStore settings;
    private final String user;
    private final Set<Role> roles;
    private final Clock clock;

    public DatabaseKeyRing(SettingsStore settings, String user, Set<Role> roles, Clock clock) {
        this.settings = settings;
        this.user = user;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public KeyPair signingKeys() {
        Permission.EXPORT.require(roles);
        return pair("Ed25519", SIGNING_PRIVATE, SIGNING_PUBLIC);
    }

    @Override
    public KeyPair agreementKeys() {
        Permission.MERGE_PACKAGES.require(roles);
        return pair("X25519", AGREEMENT_PRIVATE, AGREEMENT_PUBLIC);
    }

    private KeyPair pair(String algorithm, String privateKey, String publicKey) {
        Map<String, String> v = settings.getOrCreate(new String[] {privateKey, publicKey}, () -> {
            KeyPair kp = generate(algorithm);
            Map<String, String> m = new LinkedHashMap<>();
            m.put(privateKey, b64(kp.getPrivate().getEncoded()));
            m.put(publicKey, b64(kp.getPublic().getEncoded()));
            return m;
        }, clock.instant(), user, "KEYS_CREATED", algorithm + " key pair of this installation created");
        try {
            KeyFactory kf = KeyFactory.getInstance(algorithm);
            return new KeyPair(kf.generatePublic(new X509EncodedKeySpec(unb64(v.get(publicKey)))),
                    kf.generatePrivate(new PKCS8EncodedKeySpec(unb64(v.get(privateKey)))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored " + algorithm + " key pair is damaged", e);
        }
    }

    private static KeyPair generate(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK 17", e);
        }
    }

    @Override
    public Optional<PublicKey> headquartersKey() {
        return settings.get(HQ_PUBLIC).map(v -> publicKey("X25519", v));
    }

    @Override
    public void registerHeadquarters(PublicKey encryptionKey, String fingerprint) {
        Permission.MANAGE_ACCOUNTS.require(roles);
        settings.put(Map.of(HQ_PUBLIC, b64(encryptionKey.getEncoded())), clock.instant(), user, "HQ_KEY_SET",
                "headquarters key " + fingerprint);
    }

    @Override
    public void trust(String office, PublicKey signingKey, String fingerprint) {
        Permission.MANAGE_ACCOUNTS.require(roles);
        settings.put(Map.of(officeKey(TRUST_PREFIX, office), office + "\n" + b64(signingKey.getEncoded())),
                clock.instant(), user, "OFFICE_TRUSTED", "office " + office + " trusted with key " + fingerprint);
    }

    @Override
    public TrustedOffices trustedOffices() {
        return new TrustedOffices() {
            @Override
            public Optional<PublicKey> signingKey(String office) {
                return settings.get(officeKey(TRUST_PREFIX, office)).map(v -> value(v, office))
                        .map(v -> publicKey("Ed25519", v));
            }

            @Override
            public Optional<ChainHead> lastMergedHead(String office) {
                return settings.get(officeKey(MERGED_PREFIX, office)).map(v -> value(v, office)).map(v -> {
                    int colon = v.indexOf(':');
                    return new ChainHead(Long.parseLong(v.substring(0, colon)), v.substring(colon + 1));
                });
            }
        };
    }

    /** The settings key for an office: a prefix and a hash of the name (names may be long; keys may not). */
    public static String officeKey(String prefix, String office) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(office.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(d, 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value after the office name line, or null if the setting belongs to another name (a hash collision). */
    private static String value(String stored, String office) {
        int nl = stored.indexOf('\n');
        return nl >= 0 && stored.substring(0, nl).equals(office) ? stored.substring(nl + 1) : null;
    }

    private static PublicKey publicKey(String algorithm, String b64) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(unb64(b64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored " + algorithm + " public key is damaged", e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] unb64(String s) {
        return Base64.getDecoder().decode(s);
    }
}
