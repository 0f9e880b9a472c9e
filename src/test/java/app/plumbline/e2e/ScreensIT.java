package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list screens fit: the Patients grid at 1280 px, and Patients, Users and Audit at 390 px. */
class ScreensIT extends BrowserTest {

    @Test
    void thePatientsGridFitsALaptopScreen() {
        useWindow(1280, 800, false);
        logInAndWaitFor("anna.berg", "Patients");
        Locator grid = page.locator("vaadin-grid.patient-grid");
        assertThat(grid).hasAttribute("data-narrow", "false");
        for (String column : List.of("Name", "Messages", "Age", "Patterns", "Active program", "Adherence (14 days)",
                "Last session", "Therapist", "Status")) {
            assertThat(header(column)).isVisible();
        }
        assertNoSidewaysScroll(grid);
        assertHeadersAboveTheirCells(grid);
        var box = grid.boundingBox();
        assertThat(box.x + box.width).as("right edge of the grid").isLessThanOrEqualTo(1280);
        assertPageDoesNotScrollSideways();
        @SuppressWarnings("unchecked")
        List<String> cutHeaders = (List<String>) grid.locator("vaadin-grid-sorter").evaluateAll("""
                sorters => sorters.filter(s => s.offsetParent !== null).filter(s => {
                  const c = s.shadowRoot.querySelector('[part=content]');
                  return c.scrollWidth > c.clientWidth;
                }).map(s => s.textContent.trim())""");
        assertThat(cutHeaders).as("headers cut short").isEmpty();
        grid.scrollIntoViewIfNeeded();
        screenshot("screens-patients-1280");
    }

    @Test
    void thePatientsListShowsItsKeyFactsOnAPhone() {
        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        Locator grid = page.locator("vaadin-grid.patient-grid");
        assertThat(grid).hasAttribute("data-narrow", "true");
        grid.scrollIntoViewIfNeeded();
        assertThat(header("Patient")).isVisible();
        assertThat(header("Therapist")).isHidden();
        // Other tests add patients to the shared clinic: find Sofia with the list's own search, not by scrolling.
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search patients by name or pattern"))
                .fill("Sofia Rossi");
        // The list is searched once typing pauses: wait until it is narrowed to her. Rows the grid
        // no longer needs are hidden with their last content, so only visible cards count.
        Locator cards = grid.locator(".grid-card").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(cards.filter(new Locator.FilterOptions().setHasNotText("Sofia Rossi"))).hasCount(0);
        Locator sofia = cards.filter(new Locator.FilterOptions().setHasText("Sofia Rossi")).first();
        assertThat(sofia.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sofia Rossi"))).isVisible();
        assertThat(sofia).containsText("Craniofacial and jaw asymmetry");
        assertThat(sofia).containsText("Adherence (14 days): ");
        assertThat(sofia).containsText("Last session: ");
        assertNoSidewaysScroll(grid);
        assertPageDoesNotScrollSideways();
        screenshot("screens-patients-390");
    }

    @Test
    void theUsersAndAuditListsShowTheirKeyFactsOnAPhone() {
        usePhone(true);
        logInAndWaitFor("admin", "Users");
        Locator staff = page.locator("#staff");
        assertThat(staff).hasAttribute("data-narrow", "true");
        Locator anna = staff.locator(".grid-card").filter(new Locator.FilterOptions().setHasText("Anna Berg"));
        assertThat(anna).containsText("Therapist · Active");
        assertThat(staff.getByText("Username", new Locator.GetByTextOptions().setExact(true))).isHidden();
        assertThat(staff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate Anna Berg")))
                .isVisible();
        assertNoSidewaysScroll(staff);
        assertPageDoesNotScrollSideways();
        screenshot("screens-users-390");
        Locator patients = page.locator("#patient-logins");
        patients.scrollIntoViewIfNeeded();
        assertThat(patients).hasAttribute("data-narrow", "true");
        assertNoSidewaysScroll(patients);
        screenshot("screens-patient-logins-390");

        open("admin/audit");
        Locator audit = page.locator("vaadin-grid.audit-grid");
        assertThat(audit).hasAttribute("data-narrow", "true");
        audit.scrollIntoViewIfNeeded();
        Locator entry = audit.locator(".grid-card").first();
        assertThat(entry).containsText(" · admin");
        assertThat(entry).containsText("Signed in");
        assertThat(audit.getByText("Address", new Locator.GetByTextOptions().setExact(true))).isHidden();
        assertNoSidewaysScroll(audit);
        assertPageDoesNotScrollSideways();
        screenshot("screens-audit-390");
    }

    @Test
    void theHeatMapIsReachedByKeyboardAndItsNumbersOpenAsATable() {
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sofia Rossi")).first().click();
        Locator map = page.locator(".heat-map");
        assertThat(map.locator(".heat-row")).hasCount(4);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Each exercise, last 28 days")).click();
        page.keyboard().press("Tab");
        assertThat(map).isFocused();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        Locator table = page.locator(".heat-table-scroller table");
        assertThat(table).isVisible();
        assertThat(table.locator("thead th")).hasCount(5);
        assertThat(table.locator("tbody tr")).hasCount(28);
        assertThat(table.locator("tbody td").first()).hasText(java.util.regex.Pattern.compile("^(\\d{1,3} %|not due)$"));
        page.keyboard().press("Tab");
        assertThat(page.locator(".heat-table-scroller")).isFocused();
        table.scrollIntoViewIfNeeded();
        screenshot("screens-heat-table-desktop");
    }

    /** A header cell's content (a sortable one is named "Sort by ..." for screen readers). */
    private Locator header(String name) {
        return page.locator("vaadin-grid.patient-grid")
                .getByText(name, new Locator.GetByTextOptions().setExact(true)).first();
    }

    /** The grid's own scroller is no wider inside than it is on screen. */
    private static void assertNoSidewaysScroll(Locator grid) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) grid.evaluate(
                "g => { const t = g.shadowRoot.querySelector('#table'); return [t.scrollWidth, t.clientWidth]; }");
        assertThat(widths.get(0).intValue()).as("scrollWidth of the grid's scroller")
                .isLessThanOrEqualTo(widths.get(1).intValue());
    }

    private void assertPageDoesNotScrollSideways() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("sideways overflow of the page").isLessThanOrEqualTo(0);
    }

    /** Each header cell starts where the first row's cell of its column starts. */
    private static void assertHeadersAboveTheirCells(Locator grid) {
        @SuppressWarnings("unchecked")
        List<Number> offsets = (List<Number>) grid.evaluate("""
                g => {
                  const t = g.shadowRoot.querySelector('#table');
                  const heads = [...t.querySelectorAll('thead tr:last-child th')].filter(c => !c.hidden);
                  const cells = [...t.querySelectorAll('tbody#items tr:first-child td')].filter(c => !c.hidden);
                  return heads.map((h, i) => Math.abs(h.getBoundingClientRect().left
                      - cells[i].getBoundingClientRect().left));
                }""");
        assertThat(offsets).isNotEmpty().allSatisfy(o -> assertThat(o.doubleValue()).isLessThan(1.0));
    }
}
