package io.quanyu.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.quanyu.system.SpineEnvironment.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The big screen in headless Chromium (Debian's package, driven by its chromedriver), against the running spine. */
class ScreenBrowserTests
{
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser()
    {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("QUANYU_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1600,900",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("QUANYU_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser()
    {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theScreenDrawsNingbosDistrictsAndTheCityTotal()
            throws Exception
    {
        // given the spine loaded for the first day, and the source's own count
        SpineEnvironment spine = SpineEnvironment.get();
        Map<String, Long> expected;
        try (Connection source = spine.source()) {
            expected = SourceCounts.activeByDistrict(source);
        }

        // when a leader opens the screen for that day
        browser.get(spine.screenUrl() + "?date=" + FIRST_DAY);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> !"loading".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-state")));
        saveScreenshot("big-screen.png");

        // then the page is ready, in Chinese, with the source's total and a map of the ten districts
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-state"))
                .as(browser.findElement(By.id("status")).getText()).isEqualTo("ready");
        WebElement kpi = browser.findElement(By.id("kpi-total"));
        assertThat(Long.parseLong(kpi.getDomAttribute("data-value"))).isEqualTo(SourceCounts.total(expected));
        assertThat(kpi.getText()).contains("党组织总数").contains("%,d".formatted(SourceCounts.total(expected)));
        assertThat(browser.findElement(By.id("city-name")).getText()).isEqualTo("宁波市");

        List<WebElement> regions = browser.findElements(By.cssSelector("#map svg path"));
        assertThat(regions).hasSizeGreaterThanOrEqualTo(10);
        String mapLabels = browser.findElement(By.cssSelector("#map svg")).getText();
        assertThat(mapLabels).contains("海曙区", "鄞州区", "慈溪市", "象山县");
        assertThat(browser.findElements(By.cssSelector("#levels li"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("党支部"));
    }

    private static void saveScreenshot(String name)
            throws Exception
    {
        Path target = ProjectPaths.BUILD.resolve("screenshots").resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
