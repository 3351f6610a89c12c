package org.eventline.imports;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.eventline.support.OwnDatabase;

/** Runs the application against a database of its own (see OwnDatabase). */
public class OwnDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OwnDatabase.class));
    }
}
