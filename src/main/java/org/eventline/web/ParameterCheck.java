package org.eventline.web;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose query or path parameters QueryParameters finds wrong (an unknown name,
 * a control character...) before its resource method runs, so no refused value ever reaches a
 * lookup or a query, whichever endpoint it is sent to (writes included) and in whatever order
 * the endpoint reads its parameters.
 */
public class ParameterCheck {

    @Inject
    QueryParameters parameters;

    @ServerRequestFilter
    void refuseInvalidParameters() {
        parameters.throwIfInvalid();
    }
}
