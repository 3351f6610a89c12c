package org.eventline.replica;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.eventline.support.StreamingReplica;

/** Runs the application with a real streaming replica of the test database as its read replica. */
public class ReplicaProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StreamingReplica.class));
    }
}
