package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first journey of every installation, in a real browser: the set-up page refuses an incomplete form
 * field by field, creates the cooperative and its administrator, the home page greets them, the Modules page
 * lists the core, logout, a wrong password is refused, the right one lets them back in.
 */
class FirstVisitBrowserIT {

    private static final String PASSWORD = "un-mot-de-passe-solide";

    @Test
    void setUpTheCooperativeThenLogInAndOut() throws Exception {
        Path work = RunningEssaim.work("browser");
        try (RunningEssaim essaim = RunningEssaim.start("run", "osgi", work.resolve("data"), null)) {
            ChromeDriver browser = Browser.start(work.resolve("chromium"));
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(essaim.baseUrl());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.name("legalName")));

                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error:not(:empty)")));
                List<WebElement> errors = browser.findElements(By.cssSelector(".field-error:not(:empty)"));
                assertTrue(errors.size() >= 3, "an empty form names each missing field, got " + errors.size());

                type(browser, "legalName", "Coopérative Oxalis Essai");
                type(browser, "shortName", "Oxalis");
                type(browser, "login", "alice");
                type(browser, "displayName", "Alice Martin");
                type(browser, "email", "alice@oxalis.example");
                type(browser, "password", PASSWORD);
                type(browser, "passwordAgain", PASSWORD);
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Alice Martin"));
                Browser.screenshot(browser, work.resolve("home.png"));

                browser.findElement(By.partialLinkText("Modules")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
                String modules = browser.findElement(By.tagName("table")).getText();
                assertTrue(modules.contains("core"), modules);
                Browser.screenshot(browser, work.resolve("modules.png"));

                browser.findElement(By.cssSelector("a[href*='logout']")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.name("password")));

                type(browser, "login", "alice");
                type(browser, "password", "pas-le-bon-mot-de-passe");
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedbackPanelERROR, .feedback .error, [role=alert]")));
                assertFalse(browser.getPageSource().contains("Alice Martin"), "a wrong password does not log in");

                type(browser, "login", "alice");
                type(browser, "password", PASSWORD);
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Alice Martin"));
                assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
            } finally {
                browser.quit();
            }
        }
    }

    private static void type(ChromeDriver browser, String name, String text) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(text);
    }
}
