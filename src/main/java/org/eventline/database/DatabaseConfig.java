package org.eventline.database;

/**
 * The keys under "eventline.database." that decide which server the application uses when no
 * datasource URL is configured. DatabaseUrlFallback reads them while the configuration is built,
 * before the mapping exists; EventlineConfig.database() declares and checks them.
 */
public interface DatabaseConfig {

    /** The address tried first when no quarkus.datasource.jdbc.url is configured. */
    String defaultUrl();

    Embedded embedded();

    interface Embedded {
        /** Start an embedded PostgreSQL when nothing answers at the default address. */
        boolean enabled();

        /** Its data directory, kept between runs. */
        String directory();
    }
}
