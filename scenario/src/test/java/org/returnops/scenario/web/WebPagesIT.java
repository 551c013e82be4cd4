package org.returnops.scenario.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.returnops.testkit.PackagedSuite;
import org.returnops.localstack.ServiceSpec;
import org.returnops.localstack.Suite;
import org.returnops.scenario.GatewayClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web pages in a real Chromium, against the packaged suite started once for all of them: what each
 * role sees, the registration form's field errors in Russian, the labels in Tajik, the print view of a
 * manifest, a border officer's headcount reaching the operator's open board live, and axe-core's check.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesIT {

    private static final Path DATA = Path.of("target", "suite-web").toAbsolutePath();

    private static Suite suite;
    private static String base;
    private static GatewayClient api;
    private static DepartedConvoy convoy;

    @BeforeAll
    static void startTheSuiteAndMakeADepartedConvoy() {
        suite = PackagedSuite.in(DATA).start();
        base = suite.url(ServiceSpec.GATEWAY);
        api = new GatewayClient(URI.create(base), partner -> partner + "-dev-secret");
        convoy = DepartedConvoy.make(api);
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void eachKindOfUserSeesOnlyWhatTheirRoleAllows() {
        record Expected(String user, Set<String> links) {
        }
        Set<String> all = Set.of("/board", "/convoys", "/people", "/register", "/queue");
        for (Expected expected : List.of(new Expected("operator", Set.of("/board", "/convoys", "/people", "/register")),
                new Expected("observer", Set.of("/board")),
                new Expected("tj-embassy", Set.of("/queue")),
                new Expected("uz-border", Set.of("/convoys", "/queue")),
                new Expected("auditor", Set.of()))) {
            try (Browser browser = Browser.open(base).login(expected.user())) {
                for (String link : all) {
                    assertThat(browser.has(By.cssSelector("nav a[href='" + link + "']")))
                            .as(expected.user() + " has a link to " + link).isEqualTo(expected.links().contains(link));
                }
                if (expected.user().equals("observer")) {
                    browser.go("/board");
                    assertThat(browser.has(By.id("convoy-counts"))).isTrue();
                    assertThat(browser.has(By.id("clearances"))).as("no queues for an observer").isFalse();
                    assertThat(browser.has(By.id("convoys"))).as("no vehicles for an observer").isFalse();
                }
                if (expected.user().equals("tj-embassy")) {
                    browser.go("/board");
                    assertThat(browser.driver.getPageSource()).doesNotContain("id=\"board-data\"");
                    browser.go("/queue");
                    assertThat(browser.text("queue-total")).isEqualTo("1");
                }
            }
        }
    }

    @Test
    @Order(2)
    void aRegistrationWithABadBirthDateShowsARussianErrorBesideTheFieldAndAGoodOneIsStored() {
        try (Browser browser = Browser.open(base).login("operator")) {
            browser.go("/language?lang=ru&back=/register");
            browser.driver.findElement(By.id("nameLatin-family")).sendKeys("Umarov");
            browser.driver.findElement(By.id("nameLatin-given")).sendKeys("Bakhtiyor");
            browser.driver.findElement(By.id("nameCyrillic-family")).sendKeys("Умаров");
            browser.driver.findElement(By.id("nameCyrillic-given")).sendKeys("Бахтиёр");
            new Select(browser.driver.findElement(By.id("sex"))).selectByValue("M");
            browser.driver.findElement(By.id("dateOfBirth")).sendKeys("2090-01-01");
            browser.driver.findElement(By.id("register")).click();
            WebElement error = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("dateOfBirth-error")));
            assertThat(error.getText()).startsWith("Проверьте это поле:");
            assertThat(browser.driver.findElement(By.id("dateOfBirth")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver.findElement(By.id("nameLatin-family")).getAttribute("value"))
                    .as("what was typed stays").isEqualTo("Umarov");

            WebElement birth = browser.driver.findElement(By.id("dateOfBirth"));
            birth.clear();
            birth.sendKeys("1988-04-09");
            browser.driver.findElement(By.id("register")).click();
            String registered = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("registered"))).getText();
            assertThat(registered).contains("Umarov Bakhtiyor");
            String id = registered.substring(registered.lastIndexOf('(') + 1, registered.lastIndexOf(')'));
            assertThat(api.get("operator", "/api/v1/migrants/" + id).expectOk("the person").path("dateOfBirth")
                    .asText()).isEqualTo("1988-04-09");
        }
    }

    @Test
    @Order(3)
    void switchingToTajikChangesTheLabels() {
        try (Browser browser = Browser.open(base).login("operator")) {
            browser.go("/register");
            assertThat(browser.driver.findElement(By.cssSelector("label[for='nameLatin-family']")).getText())
                    .isEqualTo("Family name");
            new Select(browser.driver.findElement(By.id("lang-switch"))).selectByValue("tg");
            browser.driver.findElement(By.id("lang-apply")).click();
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "tg"));
            assertThat(browser.driver.findElement(By.cssSelector("label[for='nameLatin-family']")).getText())
                    .isEqualTo("Насаб");
            assertThat(browser.driver.findElement(By.id("register")).getText()).isEqualTo("Ба қайд гирифтан");
        }
    }

    @Test
    @Order(4)
    void theManifestPrintViewListsEveryPassengerOfEachBus() {
        JsonNode manifest = api.get("operator", "/api/v1/convoys/" + convoy.convoyId + "/manifest").expectOk("manifest");
        try (Browser browser = Browser.open(base).login("uz-border")) {
            browser.go("/convoys/" + convoy.convoyId + "/print");
            int buses = 0;
            for (JsonNode vehicle : manifest.path("vehicles")) {
                if (vehicle.path("passengers").isEmpty()) {
                    continue;
                }
                buses++;
                WebElement table = browser.driver.findElement(By.cssSelector(
                        "table[data-plate='" + vehicle.path("plate").asText() + "']"));
                List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
                assertThat(rows).hasSize(vehicle.path("passengers").size());
                String text = table.getText();
                vehicle.path("passengers").forEach(p -> assertThat(text)
                        .contains(p.path("familyName").asText() + " " + p.path("givenName").asText()));
            }
            assertThat(buses).isPositive();
            assertThat(browser.driver.findElements(By.cssSelector("section.bus"))).hasSize(buses);
        }
    }

    @Test
    @Order(5)
    void aBorderOfficersDifferingHeadcountShowsOnTheOperatorsOpenBoardWithinTwoSeconds() throws Exception {
        try (Browser operator = Browser.open(base).login("operator");
                Browser border = Browser.open(base).login("uz-border")) {
            operator.go("/board");
            operator.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live")));
            assertThat(operator.has(By.cssSelector("#convoy-" + convoy.convoyId + ".mismatch"))).isFalse();

            border.go("/convoys/" + convoy.convoyId);
            assertThat(border.has(By.id("headcount-form"))).as(border.driver.getPageSource()).isTrue();
            // nothing is counted for the officer: no number filled in, no crossing chosen
            List<WebElement> counts = border.driver.findElements(By.cssSelector("#headcount-form input[type=number]"));
            assertThat(counts).isNotEmpty().allSatisfy(count -> assertThat(count.getAttribute("value")).isEmpty());
            Select crossing = new Select(border.driver.findElement(By.id("crossing")));
            assertThat(crossing.getFirstSelectedOption().getAttribute("value")).isEmpty();
            crossing.selectByIndex(1);
            // each vehicle's line above the form says how many are on its manifest ("<plate>: <expected>"); the
            // officer counts one fewer in the first vehicle and the right number in every other
            String plate = counts.get(0).getAttribute("data-plate");
            int expected = expectedOn(border, plate);
            counts.get(0).sendKeys(Integer.toString(expected - 1));
            for (WebElement count : counts.subList(1, counts.size())) {
                count.sendKeys(Integer.toString(expectedOn(border, count.getAttribute("data-plate"))));
            }
            border.driver.findElement(By.id("record-headcount")).click();
            border.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));

            // the operator's page is not reloaded: the marker set now must survive
            ((JavascriptExecutor) operator.driver).executeScript("window.notReloaded = true;");
            // the board redraws a convoy's card on every event it receives, so an element found a moment ago
            // may be gone: each look finds the card afresh, in the same script or the same poll
            String mismatch = "#convoy-" + convoy.convoyId + " li.mismatch[data-plate='" + plate + "']";
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .ignoreException(StaleElementReferenceException.class).untilAsserted(() -> {
                        List<WebElement> shown = operator.driver.findElements(By.cssSelector(mismatch));
                        assertThat(shown).hasSize(1);
                        assertThat(shown.get(0).getText()).contains("expected " + expected,
                                "counted " + (expected - 1));
                    });
            assertThat(((JavascriptExecutor) operator.driver).executeScript("return window.notReloaded === true;"))
                    .isEqualTo(true);

            ((JavascriptExecutor) operator.driver).executeScript(
                    "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});",
                    "convoy-" + convoy.convoyId);
            Path screenshot = Path.of("target", "board.png");
            Files.createDirectories(screenshot.getParent());
            Files.copy(((TakesScreenshot) operator.driver).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                    StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(screenshot)).isPositive();
        }
    }

    @Test
    @Order(6)
    void theBoardFitsAPhonesWidth() {
        try (Browser phone = Browser.open(base, 390, 844).login("operator")) {
            phone.go("/board");
            Object overflow = ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling of the page").isEqualTo(false);
        }
    }

    @Test
    @Order(7)
    void axeCoreFindsNoSeriousViolationOnTheBoardTheQueueAndTheConvoyPage() {
        Map<String, String> pages = Map.of("operator", "/board", "tj-embassy", "/queue",
                "uz-border", "/convoys/" + convoy.convoyId);
        pages.forEach((user, path) -> {
            try (Browser browser = Browser.open(base).login(user)) {
                browser.go(path);
                Results results = new AxeBuilder().analyze(browser.driver);
                List<String> serious = results.getViolations().stream()
                        .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                        .map(WebPagesIT::describe).toList();
                assertThat(serious).as("serious or critical violations on " + path).isEmpty();
            }
        });
    }

    @Test
    @Order(8)
    void theOperatorFindsAPassengerAndSeesTheirHistoryClearancesAndSeat() {
        try (Browser browser = Browser.open(base).login("operator")) {
            browser.go("/people");
            browser.driver.findElement(By.id("q")).sendKeys("Saidova Malika");
            browser.driver.findElement(By.id("people-search")).click();
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("people-total")));
            assertThat(browser.text("people-total")).isEqualTo("1");
            browser.driver.findElement(By.cssSelector("#people a")).click();
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("person-name")));
            assertThat(browser.text("person-name")).contains("Saidova Malika");
            assertThat(browser.text("person-status")).isEqualTo("IN_TRANSIT");
            assertThat(browser.text("person-seat")).matches("KZ 50[12] WB 13, .+ \\d+");
            assertThat(browser.driver.findElements(By.cssSelector("#clearances tbody tr"))).hasSize(4)
                    .allSatisfy(row -> assertThat(row.getText()).contains("GRANTED"));
            assertThat(browser.driver.findElement(By.id("history")).getText()).contains("CLEARED", "IN_TRANSIT");
            Results results = new AxeBuilder().analyze(browser.driver);
            assertThat(results.getViolations().stream()
                    .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                    .map(WebPagesIT::describe).toList()).as("serious or critical violations on the profile").isEmpty();
        }
        try (Browser border = Browser.open(base).login("uz-border")) {
            border.go("/people");
            assertThat(border.has(By.id("q"))).as("person search is the operator's only").isFalse();
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    /** How many people the convoy page lists on the vehicle's manifest (its line reads "<plate>: <expected>"). */
    private static int expectedOn(Browser browser, String plate) {
        String line = browser.driver.findElements(By.cssSelector("#vehicles li")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith(plate + ": ")).findFirst().orElseThrow();
        return Integer.parseInt(line.substring(plate.length() + 2).strip());
    }
}
