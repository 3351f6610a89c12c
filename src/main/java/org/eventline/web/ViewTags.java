package org.eventline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The strong ETag of a response record: the tag of its JSON, the same for the GET and for a write. */
@ApplicationScoped
public class ViewTags {

    @Inject
    ObjectMapper objectMapper;

    public EntityTag of(Object view) {
        try {
            return StrongTag.of(objectMapper.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record cannot be written as JSON", e);
        }
    }
}
