package org.eventline.write;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eventline.web.Author;
import org.eventline.web.ETags;

/**
 * What the write endpoints of actors, places and sources share: the writer, the author, and the
 * answers with the record's strong ETag. Each subclass declares its own operations, so the API
 * document shows each kind's body and answer.
 */
public abstract class RecordWriteEndpoints {

    @Inject
    protected RecordWriter writer;
    @Inject
    protected Author author;
    @Inject
    ETags etags;

    /** 201 with the record, its ETag and its Location under the collection's path. */
    protected Response created(String collectionPath, Object view, String slug) {
        return Response.created(URI.create(collectionPath + "/" + slug)).entity(view).tag(etags.of(view)).build();
    }

    protected Response ok(Object view) {
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).tag(etags.of(view)).build();
    }
}
