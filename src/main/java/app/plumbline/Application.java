package app.plumbline;

import app.plumbline.move.MoveCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
// The app's own web components load with the app shell, not per route: a route added later that
// uses them works without a rebuilt bundle.
@JsModule("./plumbline-chart.js")
@JsModule("./plumbline-hold-timer.js")
// Installable (manifest, icons, service worker; README, "Push reminders"): the service worker is
// frontend/sw.ts, Vaadin's with a notification tap that opens the reminder's page. Colours from
// styles.css: the primary colour and the page surface.
@PWA(name = "Plumbline", shortName = "Plumbline",
        description = "Your home exercises: today's program, logging and reminders",
        themeColor = "#1f6984", backgroundColor = "#f5f8f9", iconPath = "icons/icon.png",
        offlinePath = "offline.html")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // Moving the data to another database (README, "PostgreSQL") runs without the web app.
        if (MoveCommand.requested(args)) {
            System.exit(MoveCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Plumbline");
        // A plumb line on the app's colour, so a tab or bookmark of Plumbline is found at a glance.
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
