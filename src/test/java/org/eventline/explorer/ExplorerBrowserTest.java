package org.eventline.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.Api;
import org.eventline.support.TestEvents;

/**
 * The explorer in a real browser (headless chromium) against the running app and the bundled seed:
 * filters, URL round trips, the panel's claims, the map's two kinds of point and its first-level
 * boundaries, the timeline's wheel and drag, downloads, keyboard use, a phone's width, and that no
 * request leaves the machine. Expected lists come from the API.
 */
@QuarkusTest
class ExplorerBrowserTest {

    private static final String OCTOBER = "from=2016-10&to=2016-10";
    private static ChromeDriver browser;
    private static int year;
    private static String tag;
    private static String strikeId;

    @TestHTTPResource("/")
    URL root;

    @Inject
    DatasetImporter importer;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void startBrowserAndLoadTheTestPlaces() throws IOException {
        if (browser == null) {
            browser = HeadlessChromium.start(1280, 1000);
        }
        if (tag == null) {
            year = TestEvents.freshYear();
            tag = "explorer-" + UUID.randomUUID().toString().substring(0, 8);
            strikeId = UUID.randomUUID().toString();
            try (InputStream in = getClass().getResourceAsStream("/explorer/site-and-centroid.json")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TAG", tag)
                        .replace("YEAR", String.valueOf(year)).replace("STRIKE_ID", strikeId)
                        .replace("SHELLING_ID", UUID.randomUUID().toString());
                importer.importDocument(json.readValue(text, DatasetDocument.class));
            }
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theTimelineListAndMapShowTheFilteredEvents() throws IOException {
        open("/?" + OCTOBER);
        List<String> expected = Api.titles(OCTOBER);
        assertEquals(expected, listTitles());
        assertEquals(expected.size(), browser.findElements(By.cssSelector("#timeline .envelope")).size());
        waitFor(() -> !browser.findElements(By.cssSelector(".event-marker, .marker-cluster")).isEmpty());
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
        saveScreenshot("/?" + OCTOBER + "&window=2016-09-28..2016-10-16");
    }

    /** The README's picture: a view of the seed at a size that shows the timeline, the map and the list. */
    private void saveScreenshot(String view) throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        try {
            open(view);
            waitFor(() -> !browser.findElements(By.cssSelector(".marker-cluster, .event-marker")).isEmpty());
            Path shot = Path.of("target", "explorer", "explorer.png");
            Files.createDirectories(shot.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aFilterChangesTheUrlAndNarrowsTheList() {
        open("/?" + OCTOBER);
        List<String> before = listTitles();
        applyType("remote_violence");
        assertTrue(browser.getCurrentUrl().contains("type=remote_violence") && browser.getCurrentUrl().contains("from=2016-10"), browser.getCurrentUrl());
        assertEquals(Api.titles(OCTOBER + "&type=remote_violence"), listTitles());
        assertTrue(listTitles().size() < before.size(), "the filter narrows the list");
    }

    @Test
    void theDatasetFilterListsOneDatasetsEventsAndThePanelNamesIt() {
        open("/?" + OCTOBER);
        String article = "aljazeera-2016-10-14-aleppo";
        waitFor(() -> browser.findElements(By.cssSelector("#f-dataset option[value='" + article + "']")).size() == 1);
        new Select(browser.findElement(By.id("f-dataset"))).selectByValue(article);
        new Select(browser.findElement(By.id("f-aggregate"))).selectByValue("false");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().contains("dataset=" + article) && ready());
        assertTrue(browser.getCurrentUrl().contains("aggregate=false"), browser.getCurrentUrl());
        assertEquals(Api.titles(OCTOBER + "&dataset=" + article + "&aggregate=false"), listTitles());

        browser.findElements(By.cssSelector(".event-item")).get(0).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#event-panel .provenance")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#event-panel .provenance")).getText().contains("Dataset: " + article));
    }

    @Test
    void reloadingTheUrlGivesTheSameView() {
        open("/?" + OCTOBER);
        applyType("remote_violence");
        List<String> shown = listTitles();
        browser.navigate().refresh();
        waitFor(() -> ready() && listTitles().equals(shown));
        assertEquals("remote_violence", new Select(browser.findElement(By.id("f-type"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2016-10", browser.findElement(By.id("f-from")).getAttribute("value"));
    }

    @Test
    void theBackButtonReturnsToTheViewBefore() {
        open("/?" + OCTOBER);
        List<String> before = listTitles();
        applyType("remote_violence");
        browser.navigate().back();
        waitFor(() -> !browser.getCurrentUrl().contains("type=") && ready() && listTitles().equals(before));
        assertEquals("", new Select(browser.findElement(By.id("f-type"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void anEventsPanelShowsItsClaimsSideBySide() {
        open("/?from=" + year + "&to=" + year + "&date_match=within");
        browser.findElements(By.cssSelector(".event-item")).stream()
                .filter(item -> item.getText().contains("Test strike on the site")).findFirst().orElseThrow().click();
        waitFor(() -> browser.findElements(By.cssSelector("#event-panel .claim")).size() == 2);
        assertTrue(browser.getCurrentUrl().contains("event=" + strikeId), browser.getCurrentUrl());
        List<WebElement> claims = browser.findElements(By.cssSelector("#event-panel .claim"));
        assertEquals(java.util.Set.of("Test Ministry " + tag, "Test Monitor " + tag),
                claims.stream().map(c -> c.findElement(By.cssSelector(".attribution")).getText()).collect(Collectors.toSet()));
        assertEquals(java.util.Set.of("exactly", "at least"),
                claims.stream().map(c -> c.findElement(By.cssSelector(".qualifier")).getText()).collect(Collectors.toSet()));
        assertEquals(claims.get(0).getLocation().getY(), claims.get(1).getLocation().getY(), "on one row");
        assertNotEquals(claims.get(0).getLocation().getX(), claims.get(1).getLocation().getX(), "side by side");
    }

    @Test
    void theMapDrawsASiteUnlikeACentroid() {
        open("/?from=" + year + "&to=" + year + "&date_match=within");
        waitFor(() -> browser.findElements(By.cssSelector(".event-marker")).size() == 2);
        WebElement site = browser.findElement(By.cssSelector(".marker-site span"));
        WebElement centroid = browser.findElement(By.cssSelector(".marker-centroid span"));
        assertEquals("exact", site.getAttribute("data-precision"));
        assertEquals("town", centroid.getAttribute("data-precision"));
        assertNotEquals(site.getCssValue("border-top-style"), centroid.getCssValue("border-top-style"));
        assertNotEquals(site.getCssValue("background-color"), centroid.getCssValue("background-color"));
    }

    @Test
    void firstLevelBoundariesAreLoadedAndDrawnOnlyOnceTheMapIsZoomedIn() throws IOException {
        HeadlessChromium.requestsSent(browser);
        // no event matches: the map stays on the whole world, where 4,600 units' lines would be a blur
        open("/?q=" + UUID.randomUUID());
        waitFor(() -> "2".equals(mapData("zoom")) && "0".equals(mapData("admin1")));
        assertEquals(0, admin1Paths(""));
        assertTrue(HeadlessChromium.requestsSent(browser).stream().noneMatch(url -> url.getPath().endsWith(ADMIN1_FILE)),
                "the admin-1 file is not loaded for a view of the world");

        // the seed's October 2016: the map fits the events in and around Aleppo, close enough for governorates
        open("/?" + OCTOBER + "&location=aleppo");
        waitFor(() -> admin1Paths("[data-name='Aleppo'][data-country='SY']") == 1);
        assertTrue(Integer.parseInt(mapData("zoom")) >= 5, "zoom " + mapData("zoom"));
        assertEquals(String.valueOf(admin1Paths("")), mapData("admin1"), "one path per unit in view");
        assertEquals(1, HeadlessChromium.requestsSent(browser).stream().filter(url -> url.getPath().endsWith(ADMIN1_FILE)).count());

        // zoomed out with the map's own button, below zoom 5 the lines go
        while (Integer.parseInt(mapData("zoom")) >= 5) {
            String zoom = mapData("zoom");
            browser.findElement(By.cssSelector("#map .leaflet-control-zoom-out")).click();
            waitFor(() -> !zoom.equals(mapData("zoom")));
            if ("6".equals(mapData("zoom"))) {
                // a picture of the governorates around Aleppo, for whoever changes their style
                waitFor(() -> admin1Paths("[data-name='Aleppo']") == 1);
                browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("map")));
                Path shot = Path.of("target", "explorer", "admin1.png");
                Files.createDirectories(shot.getParent());
                Files.copy(browser.findElement(By.id("map")).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        waitFor(() -> admin1Paths("") == 0);
        assertEquals("0", mapData("admin1"));
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    private static final String ADMIN1_FILE = "/explorer/basemap/admin1-10m.topo.json";

    private static String mapData(String name) {
        return browser.findElement(By.id("map")).getAttribute("data-" + name);
    }

    private static int admin1Paths(String attributes) {
        return browser.findElements(By.cssSelector("#map path.admin1" + attributes)).size();
    }

    @Test
    void theWheelZoomsTheTimelineAroundThePointerAndTheListIsTheApisAnswerForTheWindow() {
        open("/?" + OCTOBER);
        List<String> month = listTitles();
        WebElement timeline = browser.findElement(By.id("timeline"));
        // the pointer three quarters along the plot (it starts right of 150 px of lane labels)
        int plotLeft = 150;
        int plotWidth = timeline.getSize().getWidth() - plotLeft - 8;
        int pointer = plotLeft + plotWidth * 3 / 4;
        WheelInput.ScrollOrigin origin = WheelInput.ScrollOrigin.fromElement(timeline, pointer - timeline.getSize().getWidth() / 2, 0);
        new Actions(browser).scrollFromOrigin(origin, 0, -100).scrollFromOrigin(origin, 0, -100)
                .scrollFromOrigin(origin, 0, -100).scrollFromOrigin(origin, 0, -100).perform();
        // the notches make one view, or two where the machine is slow: the list is checked against the last
        waitFor(() -> browser.getCurrentUrl().contains("window=") && ready()
                && listTitles().equals(Api.titles(windowQuery(windowOf(browser.getCurrentUrl())))));
        String[] window = windowOf(browser.getCurrentUrl());
        long earlier = daysBetween("2016-10-01", window[0]);
        long later = daysBetween(window[1], "2016-10-31");
        assertTrue(earlier > 0 && later > 0, "zoomed in: " + String.join("..", window));
        // the date under the pointer kept its place: three times as many days went from the start as from the end
        assertTrue(Math.abs(earlier - 3 * later) <= 3, "around the pointer: " + String.join("..", window));
        List<String> expected = Api.titles(windowQuery(window));
        assertEquals(expected, listTitles());
        assertTrue(expected.size() < month.size(), "the window narrows the list");
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    @Test
    void aDragAcrossTheTimelineShowsThatPeriodAndTheKeysStillMoveIt() {
        open("/?" + OCTOBER);
        List<String> month = listTitles();
        WebElement timeline = browser.findElement(By.id("timeline"));
        int width = timeline.getSize().getWidth();
        int plotLeft = 150;
        int plotWidth = width - plotLeft - 8;
        // from the middle of the 14th to the middle of the 21st: the seed's events crowd the 12th to the 15th
        int from = plotLeft + plotWidth * 27 / 62 - width / 2;
        int to = plotLeft + plotWidth * 41 / 62 - width / 2;
        new Actions(browser).moveToElement(timeline, from, 0).clickAndHold().moveByOffset((to - from) / 2, 0)
                .moveByOffset(to - from - (to - from) / 2, 0).release().perform();
        waitFor(() -> browser.getCurrentUrl().contains("window=") && ready());
        String[] window = windowOf(browser.getCurrentUrl());
        assertEquals("2016-10-14..2016-10-21", String.join("..", window), "the dragged period");
        List<String> expected = Api.titles(windowQuery(window));
        assertEquals(expected, listTitles());
        assertTrue(expected.size() < month.size(), "the window narrows the list");
        assertTrue(!browser.getCurrentUrl().contains("event="), "a drag opens no event");

        // back returns to the month; on the focused timeline, 0 shows the whole period again as "Whole period" does
        browser.navigate().back();
        waitFor(() -> !browser.getCurrentUrl().contains("window=") && ready() && listTitles().equals(month));
        browser.navigate().forward();
        waitFor(() -> browser.getCurrentUrl().contains("window=") && ready() && listTitles().equals(expected));
        timeline = browser.findElement(By.id("timeline"));
        new Actions(browser).moveToElement(timeline, -width / 2 + 20, 0).click().sendKeys("-").perform();
        waitFor(() -> ready() && daysBetween(windowOf(browser.getCurrentUrl())[0], windowOf(browser.getCurrentUrl())[1]) > 7);
        new Actions(browser).sendKeys("0").perform();
        waitFor(() -> !browser.getCurrentUrl().contains("window=") && ready() && listTitles().equals(month));
    }

    /** The events query of the October view narrowed to a window inside the month: the window's own dates. */
    private static String windowQuery(String[] window) {
        return "from=" + window[0] + "&to=" + window[1];
    }

    private static String[] windowOf(String url) {
        return query(URI.create(url)).get("window").split("\\.\\.");
    }

    private static long daysBetween(String from, String to) {
        return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(from), java.time.LocalDate.parse(to));
    }

    @Test
    void downloadsAreTheEventsUrlsOfTheView() {
        String filters = OCTOBER + "&type=remote_violence";
        open("/?" + filters);
        int listed = listTitles().size();
        URI csv = URI.create(browser.findElement(By.id("dl-csv")).getAttribute("href"));
        assertEquals("/api/v1/events", csv.getPath());
        assertEquals(Map.of("from", "2016-10", "to", "2016-10", "type", "remote_violence", "format", "csv"), query(csv));
        given().urlEncodingEnabled(false).get(csv.getRawPath() + "?" + csv.getRawQuery()).then().statusCode(200).contentType(startsWith("text/csv"));
        URI geojson = URI.create(browser.findElement(By.id("dl-geojson")).getAttribute("href"));
        assertEquals(listed, given().urlEncodingEnabled(false).get(geojson.getRawPath() + "?" + geojson.getRawQuery())
                .then().statusCode(200).extract().jsonPath().getList("features").size());
        assertEquals("timelinejs", query(URI.create(browser.findElement(By.id("dl-timelinejs")).getAttribute("href"))).get("format"));

        browser.findElement(By.id("t-zoom-in")).click();
        waitFor(() -> browser.getCurrentUrl().contains("window=") && ready());
        String[] window = query(URI.create(browser.getCurrentUrl())).get("window").split("\\.\\.");
        Map<String, String> zoomed = query(URI.create(browser.findElement(By.id("dl-csv")).getAttribute("href")));
        assertEquals(max(window[0], "2016-10-01"), zoomed.get("from"));
        assertEquals(min(window[1], "2016-10-31"), zoomed.get("to"));
    }

    @Test
    void theFiguresPanelShowsEachClaimantsSeriesAsTheApiSumsIt() {
        HeadlessChromium.consoleErrors(browser);
        open("/?" + OCTOBER);
        JsonPath answer = figuresAsTheApiAnswers("killed");
        List<String> keys = answer.getList("series.key");
        // the seed's article: the monitor's, the channel's and the rescuers' counts of the dead, each apart
        for (String claimant : List.of("syrian-observatory-for-human-rights", "al-jazeera", "rescue-workers")) {
            assertTrue(keys.contains(claimant + ":none:people"), claimant + " in " + keys);
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));

        new Select(browser.findElement(By.id("measure"))).selectByValue("killed_or_injured");
        waitFor(() -> browser.getCurrentUrl().contains("measure=killed_or_injured"));
        figuresAsTheApiAnswers("killed_or_injured");
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    /**
     * Waits for the figures of a measure, fetches the API's answer to the very query the panel drew,
     * and checks the panel against it: a legend entry and a line per series, named by its claimant,
     * a band for each series whose low and high sums differ, and the table's every sum.
     */
    @SuppressWarnings("unchecked")
    private JsonPath figuresAsTheApiAnswers(String measure) {
        waitFor(() -> String.valueOf(browser.findElement(By.id("figures")).getAttribute("data-drawn")).contains("measure=" + measure));
        String drawn = browser.findElement(By.id("figures")).getAttribute("data-drawn");
        JsonPath answer = given().urlEncodingEnabled(false).get("/api/v1/stats/figures?" + drawn).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> series = answer.getList("series");
        List<Map<String, Object>> buckets = answer.getList("buckets");
        assertEquals(answer.getList("series.key"), browser.executeScript(
                "return [...document.querySelectorAll('#figures .legend-list .series')].map(entry => entry.dataset.key)"));
        List<String> legend = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#figures .legend-list .series')].map(entry => entry.textContent)");
        for (int i = 0; i < series.size(); i++) {
            Map<String, Object> claimant = (Map<String, Object>) series.get(i).get("attributed_to");
            assertTrue(legend.get(i).startsWith(claimant == null ? "unattributed" : (String) claimant.get("name")), legend.get(i));
        }
        assertEquals(series.size(), browser.findElements(By.cssSelector("#figures path.line")).size());
        long ranges = series.stream().filter(s -> buckets.stream().anyMatch(bucket -> {
            Map<String, Object> point = pointOf(bucket, s.get("key"));
            return !point.get("min_sum").equals(point.get("max_sum"));
        })).count();
        assertEquals(ranges, browser.findElements(By.cssSelector("#figures path.band")).size());
        List<List<String>> rows = buckets.stream().map(bucket -> {
            List<String> row = new java.util.ArrayList<>(List.of((String) bucket.get("label")));
            for (Map<String, Object> s : series) {
                Map<String, Object> point = pointOf(bucket, s.get("key"));
                long low = ((Number) point.get("min_sum")).longValue();
                long high = ((Number) point.get("max_sum")).longValue();
                row.add(String.format(java.util.Locale.ENGLISH, low == high ? "%,d" : "%,d–%,d", low, high));
            }
            return row;
        }).toList();
        assertEquals(rows, browser.executeScript("return [...document.querySelectorAll('#figures table tbody tr')]"
                + ".map(row => [...row.children].map(cell => cell.textContent))"));
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pointOf(Map<String, Object> bucket, Object key) {
        return ((List<Map<String, Object>>) bucket.get("series")).stream().filter(point -> key.equals(point.get("key"))).findFirst().orElseThrow();
    }

    @Test
    void noRequestLeavesTheMachine() {
        HeadlessChromium.requestsSent(browser);
        open("/");
        browser.findElements(By.cssSelector(".event-item")).get(0).click();
        waitFor(() -> browser.findElement(By.id("event-panel")).isDisplayed() && !browser.findElements(By.id("panel-title")).isEmpty());
        List<URI> sent = HeadlessChromium.requestsSent(browser);
        assertTrue(sent.stream().anyMatch(url -> url.getPath().startsWith("/api/v1/events/")), "the panel's event: " + sent);
        assertTrue(sent.stream().anyMatch(url -> url.getPath().startsWith("/explorer/basemap/")), "the base map: " + sent);
        List<URI> outside = sent.stream().filter(url -> !"localhost".equals(url.getHost()) && !"data".equals(url.getScheme())).toList();
        assertEquals(List.of(), outside);
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    @Test
    void aWindowOfMoreThanAPageLoadsOnePageAtATime() {
        int crowded = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(crowded, 510));
        HeadlessChromium.requestsSent(browser);
        open("/?from=" + crowded + "&to=" + crowded + "&date_match=within");
        assertEquals(500, listTitles().size());
        browser.findElement(By.id("load-more")).click();
        waitFor(() -> listTitles().size() == 510 && !browser.findElement(By.id("load-more")).isDisplayed());
        List<URI> pages = HeadlessChromium.requestsSent(browser).stream()
                .filter(url -> "/api/v1/events".equals(url.getPath()) && !"1".equals(query(url).get("limit")))
                .toList();
        assertEquals(2, pages.size(), "one request a page: " + pages);
        assertTrue(pages.stream().allMatch(url -> "500".equals(query(url).get("limit"))), pages.toString());
        assertTrue(query(pages.get(1)).containsKey("cursor"), "the second page follows the cursor");
    }

    @Test
    void deadliestFirstListsTheEventsByTheirFigureOfPeopleKilled() {
        open("/?" + OCTOBER);
        browser.findElement(By.id("deadliest")).click();
        waitFor(() -> browser.getCurrentUrl().contains("order=deadliest") && ready());
        List<String> deadliest = Api.titles(OCTOBER + "&measure=killed&sort=-figure");
        assertTrue(!deadliest.isEmpty() && !deadliest.equals(Api.titles(OCTOBER)), "the seed has an order by figure unlike the dates");
        assertEquals(deadliest, listTitles());
        Map<String, String> csv = query(URI.create(browser.findElement(By.id("dl-csv")).getAttribute("href")));
        assertEquals("killed", csv.get("measure"));
        assertEquals("-figure", csv.get("sort"));
        browser.navigate().refresh();
        waitFor(() -> ready() && listTitles().equals(deadliest));
        assertTrue(browser.findElement(By.id("deadliest")).isSelected());
        browser.findElement(By.id("deadliest")).click();
        waitFor(() -> !browser.getCurrentUrl().contains("order=") && ready());
        assertEquals(Api.titles(OCTOBER), listTitles());
    }

    @Test
    void deadliestFirstLoadsOnePageAtATimeThroughTheCursor() {
        int crowded = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(crowded, 510));
        String filters = "from=" + crowded + "&to=" + crowded + "&date_match=within";
        HeadlessChromium.requestsSent(browser);
        open("/?" + filters + "&order=deadliest");
        assertEquals(500, listTitles().size());
        browser.findElement(By.id("load-more")).click();
        waitFor(() -> listTitles().size() == 510 && !browser.findElement(By.id("load-more")).isDisplayed());
        assertEquals(Api.titles(filters + "&measure=killed&sort=-figure"), listTitles());
        List<URI> pages = HeadlessChromium.requestsSent(browser).stream()
                .filter(url -> "/api/v1/events".equals(url.getPath()) && !"1".equals(query(url).get("limit")))
                .toList();
        assertEquals(2, pages.size(), "one request a page: " + pages);
        assertTrue(pages.stream().allMatch(url -> "-figure".equals(query(url).get("sort")) && "killed".equals(query(url).get("measure"))), pages.toString());
        assertTrue(query(pages.get(1)).containsKey("cursor"), "the second page follows the cursor");
    }

    @Test
    void theKeyboardReachesTheListAndOpensAnEvent() {
        open("/?" + OCTOBER);
        Actions keys = new Actions(browser);
        for (int i = 0; i < 60 && !activeClass().contains("event-item"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(activeClass().contains("event-item"), "focus reached the list");
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(() -> "panel-title".equals(browser.switchTo().activeElement().getAttribute("id")));
        keys.sendKeys(Keys.ESCAPE).perform();
        waitFor(() -> !browser.findElement(By.id("event-panel")).isDisplayed() && activeClass().contains("event-item"));
    }

    @Test
    void onAPhoneThePanesStackWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/?" + OCTOBER);
            Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 0, "sideways overflow of " + overflow + " px");
            assertTrue(browser.findElement(By.id("event-list")).getLocation().getY() > browser.findElement(By.id("map")).getLocation().getY(),
                    "the list follows the map");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private void open(String pathAndQuery) {
        browser.get(root.toString().replaceAll("/$", "") + pathAndQuery);
        waitFor(this::ready);
    }

    private void applyType(String type) {
        new Select(browser.findElement(By.id("f-type"))).selectByValue(type);
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().contains("type=" + type) && ready());
    }

    private boolean ready() {
        return "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready"));
    }

    /** The list's titles, read in one script: the list may be redrawn between two reads of its elements. */
    @SuppressWarnings("unchecked")
    private List<String> listTitles() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#event-list .event-item .title')].map(title => title.textContent)");
    }

    private String activeClass() {
        String classes = browser.switchTo().activeElement().getAttribute("class");
        return classes == null ? "" : classes;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String max(String a, String b) {
        return a.compareTo(b) > 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
