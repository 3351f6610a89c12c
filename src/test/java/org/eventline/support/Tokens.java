package org.eventline.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for tests, signed with the test-only key under src/test/resources/jwt that the
 * test profile trusts, and tokens the service must refuse.
 */
public final class Tokens {

    private static final String ISSUER = "eventline-test";
    private static final String TEST_KEY = "jwt/test-only-private-key.pem";

    private Tokens() {
    }

    public static String editor() {
        return withRoles("editor-alice", "editor");
    }

    public static String admin() {
        return withRoles("admin-bob", "admin");
    }

    /** A valid token for a subject holding exactly these roles (none: a reader). */
    public static String withRoles(String subject, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).sign(TEST_KEY);
    }

    /** An editor's token signed with a key the service does not know. */
    public static String signedByAnotherKey() {
        return Jwt.issuer(ISSUER).subject("mallory").groups(Set.of("editor", "admin")).sign(freshKey());
    }

    /** An editor's token from an issuer the service does not trust. */
    public static String fromAnotherIssuer() {
        return Jwt.issuer("https://elsewhere.example").subject("mallory").groups(Set.of("editor")).sign(TEST_KEY);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has RSA", impossible);
        }
    }
}
