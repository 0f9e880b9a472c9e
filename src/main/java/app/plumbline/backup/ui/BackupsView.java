package app.plumbline.backup.ui;

import app.plumbline.security.CurrentUser;
import app.plumbline.backup.BackupFile;
import app.plumbline.backup.BackupProgress;
import app.plumbline.backup.BackupService;
import app.plumbline.backup.BackupSetup;
import app.plumbline.base.ui.Notifications;
import app.plumbline.base.ui.ProgressMeter;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The admin's Backups screen: where backups go and when, a backup now with its progress, the
 * backups kept. On PostgreSQL it explains that pg_dump does the backups.
 */
@Route("admin/backups")
@PageTitle("Backups · Plumbline")
@Menu(order = 30, title = "Backups", icon = "ARCHIVE")
@RolesAllowed("ADMIN")
public class BackupsView extends Main {

    private final DateTimeFormatter when;

    private final BackupService backups;
    private final Button backUpNow = new Button("Back up now", VaadinIcon.ARCHIVE.create());
    private final ProgressMeter meter = new ProgressMeter("Backup progress", 1);
    private final Paragraph progressText = new Paragraph();
    private final Div progressBox = new Div(meter, progressText);
    private final Grid<BackupFile> grid = new Grid<>();
    private Registration polling;

    public BackupsView(BackupService backups, CurrentUser currentUser) {
        this.backups = backups;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH).withZone(currentUser.zone());
        addClassName("page");
        BackupSetup setup = backups.setup();
        add(new H1("Backups"));
        if (!setup.supported()) {
            add(new Paragraph(unsupported(setup.database())));
            return;
        }
        add(new Paragraph("Backups are written to " + setup.dir() + " while Plumbline keeps running. "
                + schedule(setup) + " The newest " + setup.keep() + " are kept; older ones are deleted. "
                + "To restore one, follow \"Backups and restore\" in the README."));

        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.addClickListener(e -> start());
        progressBox.addClassName("backup-progress");
        progressText.setId("backup-status");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressBox.setVisible(false);
        var actions = new HorizontalLayout(backUpNow);
        actions.addClassName("page-header");

        grid.addColumn(BackupFile::name).setHeader("File").setAutoWidth(true).setFrozen(true);
        grid.addColumn(b -> when.format(b.taken())).setHeader("Taken").setAutoWidth(true);
        grid.addColumn(b -> megabytes(b.bytes())).setHeader("Size").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Backups kept");

        add(actions, progressBox, new H2("Backups kept"), grid);
        refresh();
    }

    private static String unsupported(BackupSetup.Database database) {
        return switch (database) {
            case POSTGRESQL -> "Plumbline runs on PostgreSQL here, so backups are PostgreSQL's job: schedule "
                    + "pg_dump (or your provider's backups) and test a restore. The README's \"Backups and restore\" "
                    + "shows the commands. This screen backs up the built-in H2 database only.";
            case IN_MEMORY -> "This Plumbline keeps its database in memory (a test run): there is nothing to back up.";
            default -> "This database is backed up with its own tools; this screen backs up the built-in H2 "
                    + "database only.";
        };
    }

    private String schedule(BackupSetup setup) {
        if (setup.nextScheduled() == null) {
            return "Scheduled backups are off (plumbline.backup.cron is -).";
        }
        return "Plumbline also backs up on its own on the schedule \"" + setup.cron()
                + "\" (plumbline.backup.cron); the next at " + when.format(setup.nextScheduled()) + ".";
    }

    private void start() {
        if (!backups.start()) {
            Notifications.error("A backup is already running.");
        }
        refresh();
    }

    private void refresh() {
        var progress = backups.progress();
        boolean running = progress.map(BackupProgress::running).orElse(false);
        backUpNow.setEnabled(!running);
        progress.ifPresent(this::show);
        setPolling(running);
        grid.setItems(backups.backups());
    }

    private void show(BackupProgress progress) {
        progressBox.setVisible(true);
        meter.setValue(progress.fraction());
        if (progress.running()) {
            progressText.setText("Writing " + progress.name() + ": " + megabytes(progress.written())
                    + (progress.expected() > 0 ? " of about " + megabytes(progress.expected()) : "") + ".");
        } else if (progress.failed()) {
            progressText.setText("The backup " + progress.name() + " failed: " + progress.failure());
        } else {
            progressText.setText("Backup " + progress.name() + " saved (" + megabytes(progress.done().bytes()) + ").");
        }
    }

    private void setPolling(boolean on) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (on && polling == null) {
            ui.setPollInterval(500);
            polling = ui.addPollListener(e -> refreshAndTell());
        } else if (!on && polling != null) {
            stopPolling(ui);
        }
    }

    private void refreshAndTell() {
        refresh();
        if (polling == null) {
            backups.progress().ifPresent(p -> {
                if (p.failed()) {
                    Notifications.error("The backup failed: " + p.failure());
                } else if (p.done() != null) {
                    Notifications.success("Backup " + p.name() + " saved.");
                }
            });
        }
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        polling.remove();
        polling = null;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            stopPolling(event.getUI());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / 1_000_000.0);
    }
}
