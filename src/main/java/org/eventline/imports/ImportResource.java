package org.eventline.imports;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.catalog.Dataset;
import org.eventline.catalog.DatasetRepository;
import org.eventline.web.Author;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;

/** Bulk import of events: NDJSON in the API's own shape, or a UCDP GED CSV. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk imports of NDJSON and of the UCDP Georeferenced Event Dataset, with a report.")
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    ImportFormats formats;
    @Inject
    EventImporter importer;
    @Inject
    Author author;
    @Inject
    QueryParameters parameters;
    @Inject
    DatasetRepository datasets;

    @POST
    @RolesAllowed({"editor", "admin"})
    @Consumes({NDJSON, CSV})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Import events in bulk",
            description = "The body is read as it arrives. NDJSON: one event per line, as a PUT body, with an optional "
                    + "\"includes\" object of sources, actors and locations (dataset entries) created when their slugs "
                    + "are new. CSV with format=ucdp-ged: the UCDP Georeferenced Event Dataset layout. The events join the dataset "
                    + "the dataset parameter names (each NDJSON line may name its own); version records the file's "
                    + "version on it. Events are matched "
                    + "by key (else id): importing the same lines twice changes nothing, and a changed line updates its "
                    + "event with a revision. A refused line is reported and the others are imported, unless atomic=true.")
    @RequestBody(required = true, content = {
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "One JSON event per line")),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "UCDP GED CSV with its header row"))
    })
    @APIResponse(responseCode = "200", description = "What the import did, with every refused line.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    public ImportSummary importEvents(
            @RestQuery @Parameter(description = "ucdp-ged for a UCDP GED CSV (required with text/csv); ndjson or nothing for NDJSON.",
                    schema = @Schema(enumeration = {"ucdp-ged", "ndjson"})) String format,
            @RestQuery @Parameter(description = "true: import all lines or none; a refused line makes a 400 listing every "
                    + "refused line.", schema = @Schema(type = SchemaType.BOOLEAN)) String atomic,
            @RestQuery @Parameter(description = "Slug of the dataset the events join unless a line names another (see "
                    + "GET /api/v1/datasets); default ucdp-ged-syria for format=ucdp-ged, eventline-curated for NDJSON.",
                    example = "ucdp-ged-syria") String dataset,
            @RestQuery @Parameter(description = "The version of the dataset this file is (UCDP GED: 19.1); it becomes the "
                    + "dataset's version, which every user must cite.", example = "19.1",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9][0-9A-Za-z.+-]{0,39}$", maxLength = 500)) String version,
            @Context HttpHeaders headers, InputStream body) {
        boolean allOrNothing = parameters.flag("atomic", atomic);
        boolean csv = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(CSV));
        String chosen = parameters.single("format", format).orElse(csv ? null : "ndjson");
        if (csv && !"ucdp-ged".equals(chosen)) {
            parameters.error("format", "a CSV import needs format=ucdp-ged (the only CSV layout read), got " + chosen);
        } else if (!csv && !"ndjson".equals(chosen)) {
            parameters.error("format", "an application/x-ndjson body is read as ndjson; got format=" + chosen);
        }
        String datasetSlug = parameters.single("dataset", dataset).orElse(csv ? Dataset.UCDP_GED : Dataset.CURATED);
        Dataset chosenDataset = datasets.findBySlug(datasetSlug).orElse(null);
        if (chosenDataset == null) {
            parameters.error("dataset", "no dataset with slug '" + datasetSlug + "'; see GET /api/v1/datasets");
        }
        String chosenVersion = parameters.single("version", version).filter(ImportResource::readableVersion).orElse(null);
        if (chosenVersion == null && version != null && !version.isEmpty()) {
            parameters.error("version", "must be a version as its publisher numbers it, starting with a digit (19.1, 25.0.1,"
                    + " 2024-03), at most 40 letters, digits, dots, dashes and pluses; got '" + version + "'");
        }
        parameters.throwIfInvalid();
        if (body == null) {
            throw new InvalidInputException(List.of(InvalidInput.field("(body)", "the lines to import are required")));
        }
        Iterator<ImportLine> lines = csv ? formats.ucdpGed(body) : formats.ndjson(body);
        return importer.importLines(lines, author.name(), allOrNothing, chosenDataset, chosenVersion);
    }

    /** A dataset's version goes into every citation: digits first, then what publishers use (19.1, 25.0.1, 2024-03, 1.0-rc1). */
    private static boolean readableVersion(String version) {
        return version.matches("[0-9][0-9A-Za-z.+-]{0,39}");
    }
}
