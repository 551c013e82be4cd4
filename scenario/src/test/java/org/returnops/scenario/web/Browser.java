package org.returnops.scenario.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;

/**
 * One person's browser: Debian's Chromium, headless, driven by its own chromedriver (never a downloaded
 * one), each with its own cookies, so two of them are two people.
 */
final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");

    final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A laptop's window (1280×800). */
    static Browser open(String base) {
        return open(base, 1280, 800);
    }

    static Browser open(String base, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, base);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Logs in through the login page and waits for the home page. */
    Browser login(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-dev-password");
        driver.findElement(By.id("login")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        return this;
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
