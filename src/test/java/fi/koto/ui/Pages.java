package fi.koto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Browser;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/** Steps the browser journeys share: PrimeFaces pickers, waiting for messages and checking a page's language. */
public final class Pages {

    private Pages() {}

    /**
     * Opens a PrimeFaces selectOneMenu and picks the item with this label; where the menu has a filter, the label
     * is typed into it first, so that the item is in view however long the list.
     */
    public static void choose(Browser browser, String menuId, String label) {
        browser.waitUntil(d -> {
            if (d.findElement(By.id(menuId + "_label")).getText().equals(label)) {
                return true;
            }
            if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
            }
            var filter = d.findElements(By.id(menuId + "_filter"));
            if (!filter.isEmpty()
                    && filter.get(0).isDisplayed()
                    && !label.equals(filter.get(0).getAttribute("value"))) {
                filter.get(0).clear();
                filter.get(0).sendKeys(label);
            }
            try {
                d.findElement(By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label=\"" + label + "\"]"))
                        .click();
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // still opening or filtering: try again
            }
            return d.findElement(By.id(menuId + "_label")).getText().equals(label);
        });
    }

    /** Waits until the messages area says {@code text}. */
    public static void waitForMessage(Browser browser, String text) {
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(text));
    }

    /** The page speaks the language and shows no missing bundle key (which Faces shows as ???key???). */
    public static void assertLanguageAndNoMissingKeys(Browser browser, String language) {
        assertThat(browser.htmlLang()).isEqualTo(language);
        assertThat(browser.driver().getPageSource()).as(browser.url()).doesNotContain("???");
    }

    /** Scrolls the element to the top of the window and saves a screenshot of what is then in view. */
    public static void screenshotAt(Browser browser, By element, String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView(true);", browser.find(element));
        browser.screenshot(name);
    }

    /** Runs the steps; on failure saves the screen and the page source for diagnosis. */
    public static void journey(Browser browser, TestInfo test, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure(test.getDisplayName().replaceAll("\\W+", "_"));
            throw e;
        }
    }
}
