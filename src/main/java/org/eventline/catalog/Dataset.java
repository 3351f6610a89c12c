package org.eventline.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A dataset events come from: its publisher, version, licence and citation (V026). */
@Entity
public class Dataset {

    /** The dataset of every event written without naming one. */
    public static final String CURATED = "eventline-curated";
    /** The dataset of the UCDP GED import unless it names another. */
    public static final String UCDP_GED = "ucdp-ged-syria";

    @Id
    public UUID id;

    public String slug;

    public String title;

    public String publisher;

    public String version;

    public String licence;

    public String licenceUrl;

    public String citation;

    public String url;

    /** When an import last created or changed its events. */
    public Instant importedAt;
}
