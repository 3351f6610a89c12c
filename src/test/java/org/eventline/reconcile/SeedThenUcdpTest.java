package org.eventline.reconcile;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import org.eventline.imports.OwnDatabaseProfile;

/** The article's seed (loaded at start-up), then the whole UCDP file: the file joins the seed's places and actors. */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class SeedThenUcdpTest {

    @Test
    void theUcdpFileJoinsTheArticlesAleppoAndGovernmentAndAgainChangesNothing() {
        OneWorld.importUcdp().then().statusCode(200).body("rejected", equalTo(0));
        OneWorld.check();
        OneWorld.importUcdp().then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        OneWorld.check();
    }
}
