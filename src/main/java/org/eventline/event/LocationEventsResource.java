package org.eventline.event;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.location.Location;
import org.eventline.location.LocationRepository;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;
import org.eventline.web.format.GeoJsonDocument;
import org.eventline.web.format.TimelineJsDocument;
import org.eventline.replica.ServedByReplica;

/** The events at a place or anywhere inside it: /events scoped to one place, under the place's own path. */
@PermitAll
@ServedByReplica
@Path("/api/v1/locations")
@Tag(name = "Locations")
public class LocationEventsResource {

    @Inject
    LocationRepository locations;
    @Inject
    EventListing listing;
    @Inject
    EventFilterParser filters;
    @Inject
    QueryParameters parameters;

    @GET
    @Path("/{id_or_slug}/events")
    @Produces({MediaType.APPLICATION_JSON, "application/geo+json", "text/csv", Problem.MEDIA_TYPE})
    @Operation(summary = "Events at the place or anywhere inside it",
            description = "The same as /events?location={id_or_slug}, with every /events parameter.")
    @APIResponse(responseCode = "200", description = EventListAnswer.DESCRIPTION, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {EventResource.EventPage.class, TimelineJsDocument.class})),
        @Content(mediaType = "application/geo+json", schema = @Schema(implementation = GeoJsonDocument.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = EventListAnswer.CSV))})
    public Response listLocationEvents(@PathParam("id_or_slug") @Parameter(example = "aleppo") String idOrSlug,
            @BeanParam EventListParameters declared, @Context UriInfo uri, @Context HttpHeaders headers) {
        Location location = locations.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> new NotFoundException("No location with id or slug '" + idOrSlug + "'."));
        EventListQuery query = declared.read(parameters, filters, EventScope.ofLocation(location.id), headers.getAcceptableMediaTypes());
        return EventListAnswer.of(listing, query, uri);
    }
}
