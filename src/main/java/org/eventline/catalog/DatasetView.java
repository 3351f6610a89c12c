package org.eventline.catalog;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dataset as /datasets shows it: what to cite, under which licence, and how many events it holds. */
@Schema(name = "Dataset")
public record DatasetView(
        UUID id,
        @Schema(examples = "ucdp-ged-syria") String slug,
        @Schema(examples = "UCDP GED 19.1 Syria") String title,
        @Schema(examples = "Uppsala Conflict Data Program (UCDP), Uppsala University") String publisher,
        @Schema(description = "The dataset's version as its publisher numbers it; cite it.", examples = "19.1", nullable = true)
        String version,
        @Schema(description = "The licence's short name; null when the dataset states none.", examples = "CC BY 4.0", nullable = true)
        String licence,
        @Schema(description = "The licence's text.", examples = "https://creativecommons.org/licenses/by/4.0/", nullable = true)
        String licenceUrl,
        @Schema(description = "How to cite the dataset.", nullable = true) String citation,
        @Schema(description = "Where the publisher offers it.", examples = "https://ucdp.uu.se/downloads/", nullable = true)
        String url,
        @Schema(description = "When an import last created or changed its events (an import that changes nothing leaves it).",
                nullable = true)
        Instant importedAt,
        @Schema(description = "How many live events it holds.") long events) {

    public static DatasetView of(Dataset dataset, long events) {
        return new DatasetView(dataset.id, dataset.slug, dataset.title, dataset.publisher, dataset.version, dataset.licence,
                dataset.licenceUrl, dataset.citation, dataset.url, dataset.importedAt, events);
    }
}
