package org.eventline.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.eventline.config.EventlineConfig;
import org.eventline.imports.ImportReport;

/**
 * Loads the bundled dataset at start-up through the importer, the same path later imports use.
 * Records already stored are skipped, so a restart never duplicates anything.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    EventlineConfig config;
    @Inject
    DatasetImporter importer;
    @Inject
    ObjectMapper objectMapper;

    void onStart(@Observes StartupEvent start) {
        if (config.seed().enabled()) {
            ImportReport report = load();
            LOG.infof("seed %s: %s", config.seed().resource(), report);
        }
    }

    public ImportReport load() {
        return importer.importDocument(readDocument(config.seed().resource()));
    }

    private DatasetDocument readDocument(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed resource not found on the class path: " + resource);
            }
            return objectMapper.readValue(in, DatasetDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed resource " + resource, e);
        }
    }
}
