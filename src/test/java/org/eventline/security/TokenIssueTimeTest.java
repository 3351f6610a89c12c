package org.eventline.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import org.junit.jupiter.api.Test;

import org.eventline.support.Tokens;

/**
 * A token that says it was issued in the future is refused like any invalid token, beyond a small
 * allowance for the issuer's clock running ahead; not-before keeps working as it did. Each token
 * is an admin's, tried on a delete of an actor that does not exist: a token that is accepted gets
 * that 404, a refused one a 401, and nothing is written either way.
 */
@QuarkusTest
class TokenIssueTimeTest {

    @Test
    void refusesATokenIssuedADayAhead() {
        Instant issued = Instant.now().plus(Duration.ofDays(1));
        deleteWith(admin().issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1))))
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void refusesATokenIssuedAYearAhead() {
        Instant issued = Instant.now().plus(Duration.ofDays(365));
        deleteWith(admin().issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1)))).statusCode(401);
    }

    @Test
    void acceptsATokenFromAnIssuerWhoseClockRunsAFewSecondsAhead() {
        Instant issued = Instant.now().plus(Duration.ofSeconds(30));
        deleteWith(admin().issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1)))).statusCode(404);
    }

    @Test
    void acceptsATokenIssuedNow() {
        deleteWith(admin()).statusCode(404);
    }

    @Test
    void stillRefusesATokenNotValidBeforeTomorrow() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        deleteWith(admin().claim("nbf", tomorrow.getEpochSecond()).expiresAt(tomorrow.plus(Duration.ofHours(1))))
                .statusCode(401);
    }

    private static JwtClaimsBuilder admin() {
        return Jwt.issuer("eventline-test").subject("admin-bob").upn("admin-bob").groups(Set.of("admin"));
    }

    private static ValidatableResponse deleteWith(JwtClaimsBuilder claims) {
        return given().header("Authorization", Tokens.bearer(claims.sign("jwt/test-only-private-key.pem")))
                .header("If-Match", "\"any\"")
                .delete("/api/v1/actors/no-such-actor-for-a-token-test")
                .then();
    }
}
