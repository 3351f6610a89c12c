package org.eventline.actor;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;
import org.eventline.write.MergeBody;
import org.eventline.write.RecordWriteEndpoints;

/** Curators' writes to actors; a change shows at once in every event that names the actor. */
@Path("/api/v1/actors")
@Tag(name = "Actors")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ActorWriteResource extends RecordWriteEndpoints {

    private static final String IF_MATCH_HELP = "The ETag of the actor as last read; required.";

    @Inject
    ActorRecords records;
    @Inject
    QueryParameters parameters;

    @POST
    @RolesAllowed({"editor", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an actor", description = "The affiliation is named by slug.")
    @APIResponse(responseCode = "201", description = "Created, with its ETag and Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorView.class)))
    public Response createActor(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActorEntry.class))) JsonNode body,
            @RestQuery @Parameter(description = "true keeps the new actor apart even when it matches a stored one by the reconciliation rules (otherwise 409 naming that one).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String distinct) throws JsonProcessingException {
        boolean keepApart = parameters.flag("distinct", distinct);
        parameters.throwIfInvalid();
        ActorView view = writer.create(records, body, keepApart);
        return created("/api/v1/actors", view, view.slug());
    }

    @PUT
    @Path("/{id_or_slug}")
    @RolesAllowed({"editor", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an actor", description = "Every field but the id and the slug (both permanent) is replaced.")
    @APIResponse(responseCode = "200", description = "The actor as it now is, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorView.class)))
    public Response replaceActor(@PathParam("id_or_slug") String idOrSlug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActorEntry.class))) JsonNode body) throws JsonProcessingException {
        return ok(writer.replace(records, idOrSlug, ifMatch, body, author.name()));
    }

    @PATCH
    @Path("/{id_or_slug}")
    @RolesAllowed({"editor", "admin"})
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an actor (JSON Merge Patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "The actor as it now is, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorView.class)))
    public Response patchActor(@PathParam("id_or_slug") String idOrSlug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
                    schema = @Schema(implementation = ActorEntry.class))) JsonNode patch) throws JsonProcessingException {
        return ok(writer.patch(records, idOrSlug, ifMatch, patch, author.name()));
    }

    @DELETE
    @Path("/{id_or_slug}")
    @RolesAllowed("admin")
    @Operation(summary = "Delete an actor that nothing names any more",
            description = "Refused (409) while events, claims, quotes or other records still name it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response deleteActor(@PathParam("id_or_slug") String idOrSlug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch) {
        writer.delete(records, idOrSlug, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id_or_slug}/merge")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge this actor into another",
            description = "Body {\"into\": \"<id or slug>\"}. Everything that named this actor names the other; each event so changed "
                    + "gets a revision. This actor is removed, and its slug and id answer for the other from now on: GET redirects "
                    + "(301), filters accept them. Refused (400, naming into) for an unknown into, the actor itself"
                    + " or one of its members.")
    @APIResponse(responseCode = "200", description = "The actor merged into, as it now is, with its ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorView.class)))
    public Response mergeActor(@PathParam("id_or_slug") String idOrSlug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MergeBody.class))) JsonNode body) throws JsonProcessingException {
        return ok(writer.merge(records, idOrSlug, ifMatch, body, author.name()));
    }
}
