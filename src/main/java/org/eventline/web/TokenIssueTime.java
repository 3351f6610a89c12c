package org.eventline.web;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a bearer token that says it was issued in the future, as SmallRye JWT already refuses
 * one not valid before a later time. SmallRye checks iat only against exp and the token's age, so
 * a token minted a year ahead would pass; that is a forged or mis-made token. The allowance for an
 * issuer whose clock runs ahead is SmallRye's own clock skew (mp.jwt.verify.clock.skew), the one
 * it gives nbf and exp, so one setting covers every time claim.
 */
@ApplicationScoped
public class TokenIssueTime implements SecurityIdentityAugmentor {

    @Inject
    JWTAuthContextInfo verification;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getClaim(Claims.iat) instanceof Number issuedAt
                && issuedAt.longValue() > Instant.now().getEpochSecond() + verification.getClockSkew()) {
            // the 401 mapper in ProblemResponses answers it with error="invalid_token"
            return Uni.createFrom().failure(new AuthenticationFailedException("the token was issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
