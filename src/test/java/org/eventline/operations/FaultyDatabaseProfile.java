package org.eventline.operations;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.eventline.support.FaultyDatabase;

/** Runs the application against the test database through a proxy the test can cut. */
public class FaultyDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FaultyDatabase.class));
    }
}
