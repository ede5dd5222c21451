package fi.koto.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from Debian's packages (chromium, chromium-driver), driven like a person: type, click, wait
 * for what the page shows. It never sleeps, waits only for conditions, and talks to 127.0.0.1 only.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final URI base;
    private final Path downloads;

    public Browser(URL server, String acceptLanguage) {
        var chromedriver = new File("/usr/bin/chromedriver");
        if (!chromedriver.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        this.base = Api.toUri(server);
        this.downloads = temporaryDirectory("koto-downloads");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=" + acceptLanguage,
                "--user-data-dir=" + temporaryDirectory("koto-chromium"));
        // Files the server sends as attachments (reports, documents) are saved, never shown, in a folder of this
        // browser's own; PDFs too, instead of opening in the built-in viewer.
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        acceptLanguage,
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "plugins.always_open_pdf_externally",
                        true));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .build();
        this.driver = new ChromeDriver(service, options);
        // Headless Chromium may ignore the download preferences; this DevTools command is what it always obeys.
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Fills and sends the login form; waits for the home page. */
    public void logIn(String username, String password) {
        submitLogin(username, password);
        waitUntil(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
    }

    /** Fills and sends the login form without expecting success. */
    public void submitLogin(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElement(by));
    }

    public void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        if (!String.valueOf(element.getAttribute("value")).isEmpty()) {
            // a date picker fills its field again when cleared: select what is there and type over it
            element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
            element.sendKeys(org.openqa.selenium.Keys.DELETE);
        }
        element.sendKeys(text);
    }

    /** Clicks the element, finding it again if the page replaced it meanwhile (after a redirect or an Ajax update). */
    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    /** Clicks something that sends the whole page, and waits until the next page has replaced it and loaded. */
    public void clickAndWaitForPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        waitUntil(d -> isGone(page));
        waitUntil(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until an Ajax update (or a new page) has replaced this element, so what is read next is new. */
    public void waitUntilReplaced(WebElement element) {
        waitUntil(d -> isGone(element));
    }

    /**
     * Whether the page that held this element has been replaced. Chrome reports a replaced page either as a stale
     * element or, while the next document is being attached, as "Node with given id does not belong to the
     * document"; both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(Duration.ofSeconds(20), condition);
    }

    /** For work that takes its time on a loaded machine (a report, an import): waits longer, still never sleeps. */
    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** A main screen of a journey: checked with axe-core for WCAG 2.1 A/AA, then saved as a screenshot. */
    public Path checkpoint(String name) {
        assertAccessible(name);
        return screenshot(name);
    }

    /** Saves a screenshot under target/screenshots; the README shows some of them. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (bundled in the Maven artifact, injected into the page) for the WCAG 2.0/2.1 A and AA rules on
     * the page as it is now and fails with every violation, its rule, help text and the elements concerned.
     */
    public void assertAccessible(String pageName) {
        assertNoDanglingStructure(pageName);
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        if (results.getViolations().isEmpty()) {
            return;
        }
        String report = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget() + " "
                                        + node.getFailureSummary().replace('\n', ' '))
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n  "));
        saveFailure("axe-" + pageName);
        throw new AssertionError("WCAG 2.1 A/AA violations on " + pageName + " (" + url() + "):\n  " + report);
    }

    /**
     * The second check, for what axe does not report but another engine (HTML_CodeSniffer) did: a form without a
     * submit button, a {@code label for}, {@code aria-labelledby} or {@code aria-describedby} naming an id that is
     * not on the page, and a paginator link without {@code href}. Run on the page as it is now, with every problem.
     */
    public void assertNoDanglingStructure(String pageName) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(DANGLING_STRUCTURE);
        if (problems == null || problems.isEmpty()) {
            return;
        }
        saveFailure("structure-" + pageName);
        throw new AssertionError("Forms, labels or links that lead nowhere on " + pageName + " (" + url() + "):\n  "
                + String.join("\n  ", problems));
    }

    private static final String DANGLING_STRUCTURE = """
            var problems = [];
            function name(e) {
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '');
            }
            document.querySelectorAll('form').forEach(function (form) {
                var submit = form.querySelector(
                    'button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]');
                if (!submit) {
                    problems.push('form without a submit button: ' + name(form));
                }
            });
            document.querySelectorAll('label[for]').forEach(function (label) {
                if (!document.getElementById(label.htmlFor)) {
                    problems.push('label for a missing id "' + label.htmlFor + '": ' + label.textContent.trim());
                }
            });
            ['aria-labelledby', 'aria-describedby'].forEach(function (attribute) {
                document.querySelectorAll('[' + attribute + ']').forEach(function (element) {
                    element.getAttribute(attribute).split(/\\s+/).forEach(function (id) {
                        if (id && !document.getElementById(id)) {
                            problems.push(attribute + ' names a missing id "' + id + '": ' + name(element));
                        }
                    });
                });
            });
            document.querySelectorAll('.ui-paginator a:not([href])').forEach(function (link) {
                problems.push('paginator link without href: ' + name(link));
            });
            return problems;
            """;

    /** For a failing journey: the screen and the page source, next to the screenshots. */
    public void saveFailure(String name) {
        try {
            screenshot("FAILED-" + name);
            Files.writeString(
                    SCREENSHOTS.resolve("FAILED-" + name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            // the original failure matters more than the artifacts
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Waits until the browser has finished downloading a file of this name (Chromium writes {@code name.crdownload}
     * and renames it when complete) and returns it, to be re-opened by the test.
     */
    public Path downloaded(String filename, Duration timeout) {
        Path file = downloads.resolve(filename);
        return waitUntil(
                timeout,
                d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(filename + ".crdownload"))
                        ? file
                        : null);
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
