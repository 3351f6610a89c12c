package org.eventline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is writing in this request: the subject of the bearer token, which revisions name as their author. */
@RequestScoped
public class Author {

    @Inject
    JsonWebToken token;

    public String name() {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
