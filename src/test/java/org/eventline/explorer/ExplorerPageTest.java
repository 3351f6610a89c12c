package org.eventline.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The explorer is served at / as an HTML page, with the libraries it loads, all from this server. */
@QuarkusTest
class ExplorerPageTest {

    @Test
    void rootAnswersTheExplorerAsHtml() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Eventline explorer"), containsString("/explorer/main.js"));
    }

    /** A first visit asks for the whole module graph at once (modulepreload), so a module left off the list costs round trips. */
    @Test
    void thePageAsksForEveryModuleAtOnce() throws IOException {
        String page = given().get("/").then().statusCode(200).extract().asString();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/META-INF/resources/explorer"))) {
            List<String> modules = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".js") && !name.equals("main.js")).sorted().toList();
            assertFalse(modules.isEmpty());
            for (String module : modules) {
                assertTrue(page.contains("<link rel=\"modulepreload\" href=\"/explorer/" + module + "\">"), module + " is not preloaded");
                given().get("/explorer/" + module).then().statusCode(200);
            }
        }
    }

    @Test
    void theLibrariesAndTheBaseMapAreServedLocally() {
        given().get("/webjars/leaflet/1.9.4/dist/leaflet.js").then().statusCode(200);
        given().get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").then().statusCode(200);
        given().get("/explorer/main.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/explorer/basemap/countries-50m.topo.json").then().statusCode(200)
                .body(containsString("\"countries\""));
        given().get("/explorer/basemap/admin1-10m.topo.json").then().statusCode(200)
                .body(containsString("\"admin1\""), containsString("\"name\":\"Aleppo\",\"country\":\"SY\""));
    }
}
