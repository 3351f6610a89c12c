package org.eventline.reconcile;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.eventline.support.OwnDatabase;

/** A database of its own that starts without the bundled seed, so a test can load UCDP first and the seed after. */
public class SeedLastProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("eventline.seed.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OwnDatabase.class, Map.of("database", "test_seed_last")));
    }
}
