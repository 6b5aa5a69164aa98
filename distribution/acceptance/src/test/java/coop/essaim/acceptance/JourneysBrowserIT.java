package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main journeys of the demo cooperative's people, in a real browser, as each of them would click through:
 * an entrepreneur makes a quote, has it accepted, invoices it and finds the invoice awaited in their treasury
 * forecast; an adviser signs someone up to a workshop; accounting computes and validates the month's payroll.
 * Each journey keeps its screenshots under {@code target/screenshots/} for the docs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysBrowserIT {

    /** The demo validates payroll from June to October 2026 and leaves November to the accountant. */
    private static final String PAYROLL_MONTH = "2026-11";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern INVOICE_NUMBER = Pattern.compile("\\d{4}-\\d{5}");

    private RunningEssaim essaim;
    private Path work;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheDemo() throws Exception {
        work = RunningEssaim.work("journeys");
        essaim = RunningEssaim.start("demo", "osgi", work.resolve("data"), null);
    }

    @AfterAll
    void stopTheDemo() {
        if (essaim != null) {
            essaim.close();
            List<String> faults = essaim.faultsLogged();
            assertTrue(faults.isEmpty(), "the journeys left faults in the server's log: " + faults);
        }
    }

    @BeforeEach
    void openABrowser(TestInfo test) throws Exception {
        browser = Browser.start(work.resolve("chromium-" + test.getTestMethod().orElseThrow().getName()));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeTheBrowser() {
        browser.quit();
    }

    @Test
    void anEntrepreneurQuotesInvoicesAndSeesTheInvoiceInTheirTreasury() throws Exception {
        logIn("jeanne");
        open("m/invoicing/customers");
        WebElement customer = formWith("street");
        chooseFirst(field(customer, "kind"));
        field(customer, "name").sendKeys("Librairie des Pentes");
        field(customer, "email").sendKeys("contact@librairie-des-pentes.example");
        field(customer, "street").sendKeys("12 montée de la Grande-Côte");
        field(customer, "postal").sendKeys("69001");
        field(customer, "city").sendKeys("Lyon");
        field(customer, "country").clear();
        field(customer, "country").sendKeys("FR");
        customer.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText("Librairie des Pentes");

        open("m/invoicing/quotes");
        WebElement quote = formWith("deposit");
        new Select(field(quote, "customer")).selectByVisibleText("Librairie des Pentes");
        field(quote, "description").sendKeys("Retouches de vingt costumes de scène");
        field(quote, "quantity").clear();
        field(quote, "quantity").sendKeys("2");
        field(quote, "price").sendKeys("450");
        quote.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText("Brouillon");
        Browser.screenshot(browser, SCREENSHOTS.resolve("entrepreneur-1-quote.png"));
        Matcher activity = Pattern.compile("activity=(\\d+)").matcher(browser.findElement(
                By.cssSelector("main a[href*='activity=']")).getAttribute("href"));
        assertTrue(activity.find(), "the quote links back to its activity's quotes");

        click("markSent");
        waitForButton("accept");
        click("accept");
        waitForButton("invoice");
        click("invoice");
        waitForButton("validate");
        click("validate");
        waitForText("Validée");
        String heading = browser.findElement(By.tagName("h1")).getText();
        Matcher number = INVOICE_NUMBER.matcher(heading);
        assertTrue(number.find(), "a validated invoice shows its number: " + heading);
        assertTrue(body().contains("900,00"), "2 × 450,00 € is 900,00 € HT: " + body());
        Browser.screenshot(browser, SCREENSHOTS.resolve("entrepreneur-2-invoice.png"));

        open("activities/" + activity.group(1));
        WebElement forecast = browser.findElement(By.xpath("//section[h2[contains(., 'Prévision de trésorerie')]]"));
        assertTrue(forecast.getText().contains(number.group()), "the forecast awaits the new invoice: "
                + forecast.getText());
        browser.executeScript("arguments[0].scrollIntoView()", forecast);
        Browser.screenshot(browser, SCREENSHOTS.resolve("entrepreneur-3-treasury.png"));
    }

    @Test
    void anAdviserSignsSomeoneUpToAWorkshop() throws Exception {
        logIn("conseil");
        open("m/accompaniment/workshops");
        List<String> sessions = browser.findElements(By.cssSelector("main a[href*='workshop-session']")).stream()
                .map(a -> a.getAttribute("href")).distinct().toList();
        String upcoming = sessions.stream().filter(href -> {
            browser.get(href);
            return !browser.findElements(By.name("person")).isEmpty();
        }).findFirst().orElseThrow(() -> new AssertionError("no upcoming session takes sign-ups: " + sessions));
        browser.get(upcoming);
        int before = attendees().size();
        String listed = attendees().stream().map(WebElement::getText).reduce("", String::concat);
        Select person = new Select(browser.findElement(By.name("person")));
        String chosen = person.getOptions().stream().skip(1).map(WebElement::getText)
                .filter(name -> !listed.contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("everyone the adviser follows is already signed up"));
        person.selectByVisibleText(chosen);
        submit("person");
        wait.until(d -> attendees().size() == before + 1);
        assertTrue(attendees().stream().anyMatch(row -> row.getText().contains(chosen)), chosen + " is signed up");
        Browser.screenshot(browser, SCREENSHOTS.resolve("adviser-workshop.png"));
    }

    @Test
    void accountingComputesAndValidatesTheMonthsPayroll() throws Exception {
        logIn("compta");
        open("m/payroll/run?month=" + PAYROLL_MONTH);
        waitForText("pas encore calculée");
        click("compute");
        waitForText("brouillon, à revoir");
        List<WebElement> payslips = browser.findElements(By.cssSelector("main table tbody tr"));
        assertFalse(payslips.isEmpty(), "the computed month has payslips");
        Browser.screenshot(browser, SCREENSHOTS.resolve("accounting-1-payroll-draft.png"));

        browser.findElement(By.linkText("Valider la paie et passer les écritures")).click();
        waitForText("validée, écritures passées");
        assertEquals(payslips.size(), browser.findElements(By.cssSelector("main table tbody tr")).size());
        Browser.screenshot(browser, SCREENSHOTS.resolve("accounting-2-payroll-validated.png"));
    }

    private void logIn(String login) throws Exception {
        browser.get(essaim.baseUrl() + "login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("password")));
        type("login", login);
        type("password", DemoUsers.password(essaim, login));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='logout']")));
    }

    private void open(String path) {
        browser.get(essaim.baseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    private void type(String name, String text) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    /** The form that holds the named field. */
    private WebElement formWith(String field) {
        return browser.findElement(By.xpath("//*[@name='" + field + "']/ancestor::form"));
    }

    /** A form's field; Wicket renames a field whose name a form property holds ({@code name} is {@code p::name}). */
    private static WebElement field(WebElement form, String name) {
        return form.findElement(By.cssSelector("[name='" + name + "'], [name='p::" + name + "']"));
    }

    /** Chooses the first real option of a list left on its "choose one" prompt. */
    private static void chooseFirst(WebElement list) {
        Select select = new Select(list);
        if (select.getFirstSelectedOption().getAttribute("value").isEmpty()) {
            select.selectByIndex(1);
        }
    }

    /** Submits the form that holds the named field. */
    private void submit(String field) {
        browser.findElement(By.xpath("//*[@name='" + field + "']/ancestor::form//button[@type='submit']")).click();
    }

    private void click(String button) {
        browser.findElement(By.name(button)).click();
    }

    private void waitForButton(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.name(name)));
    }

    private void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private String body() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private List<WebElement> attendees() {
        return browser.findElements(By.cssSelector("main table tbody tr"));
    }
}
