package org.eventline.event;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.event.EventWriter.Written;
import org.eventline.event.view.EventView;
import org.eventline.web.Author;
import org.eventline.web.Problem;
import org.eventline.write.Entries;

/** Curators' writes to events: create, replace, merge-patch and retire, each as one transaction. */
@Path("/api/v1/events")
@Tag(name = "Events")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EventWriteResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String IF_MATCH_HELP = "The ETag of the event as last read; required.";

    @Inject
    EventWriter writer;
    @Inject
    Author author;

    @POST
    @RolesAllowed({"editor", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an event",
            description = "Actors, places and sources are named by slug, related events by id. Leave id out to get a new one.")
    @APIResponse(responseCode = "201", description = "Created: the event as GET answers it, with its ETag and Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "The id or the key is taken.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createEvent(@RequestBody(required = true) EventEntry entry) {
        Written written = writer.create(Entries.required(entry), author.name());
        return Response.created(URI.create("/api/v1/events/" + written.id())).entity(written.document())
                .type(MediaType.APPLICATION_JSON_TYPE).tag(written.tag()).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"editor", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an event", description = "Every field is replaced by the body's; a body without key keeps the stored key.")
    @APIResponse(responseCode = "200", description = "The event as it now is, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response replaceEvent(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch,
            @RequestBody(required = true) EventEntry entry) {
        return ok(writer.replace(EventLookup.id(id), ifMatch, Entries.required(entry), author.name()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"editor", "admin"})
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an event (JSON Merge Patch, RFC 7396)",
            description = "The patch applies to the event as a PUT body shows it; null removes a field.")
    @APIResponse(responseCode = "200", description = "The event as it now is, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response patchEvent(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = EventEntry.class)))
            JsonNode patch) throws JsonProcessingException {
        return ok(writer.patch(EventLookup.id(id), ifMatch, Entries.required(patch), author.name()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Retire an event",
            description = "It leaves every read (GET answers 410) and stays in its history and in the change feed as a tombstone.")
    @APIResponse(responseCode = "204", description = "Retired.")
    public Response retireEvent(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch) {
        writer.retire(EventLookup.id(id), ifMatch, author.name());
        return Response.noContent().build();
    }

    private static Response ok(Written written) {
        return Response.ok(written.document(), MediaType.APPLICATION_JSON_TYPE).tag(written.tag()).build();
    }
}
