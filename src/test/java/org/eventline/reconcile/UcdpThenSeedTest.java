package org.eventline.reconcile;

import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import org.eventline.dataset.SeedLoader;

/** The whole UCDP file first, then the article's seed: the seed joins UCDP's Aleppo town and Government of Syria. */
@QuarkusTest
@TestProfile(SeedLastProfile.class)
class UcdpThenSeedTest {

    @Inject
    SeedLoader seed;

    @Test
    void theSeedJoinsUcdpsAleppoTownAndGovernmentAndAgainChangesNothing() {
        OneWorld.importUcdp().then().statusCode(200).body("rejected", equalTo(0));
        seed.load();
        OneWorld.check();
        seed.load();
        OneWorld.importUcdp().then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        OneWorld.check();
    }
}
