package app.plumbline.sheet.ui;

import app.plumbline.base.Dates;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Notifications;
import app.plumbline.base.ui.ProgressMeter;
import app.plumbline.clinic.PaperSize;
import app.plumbline.sheet.SheetBatch;
import app.plumbline.sheet.SheetFile;
import app.plumbline.sheet.SheetOptions;
import app.plumbline.sheet.SheetService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * "Sheets for this week's reviews": prints every due patient's sheet into one PDF off the UI
 * thread, with a progress bar (the browser polls while it runs), then offers the download.
 */
public class ReviewSheetsDialog extends Dialog {

    private static final int POLL_MILLIS = 500;

    private final Div status = new Div();

    public ReviewSheetsDialog(SheetService sheets, SheetBatch batch, PaperSize paper) {
        setHeaderTitle("Sheets for this week's reviews");
        setWidth("min(34rem, 100vw)");
        List<SheetService.ReviewDue> due = sheets.reviewsThisWeek();
        var close = new Button("Close", e -> close());
        getFooter().add(close);
        addDetachListener(e -> e.getUI().setPollInterval(-1));
        if (due.isEmpty()) {
            add(new Paragraph("No active patient's program is due for review this week."));
            return;
        }
        var list = new UnorderedList();
        due.forEach(d -> list.add(new ListItem(d.name() + " — review " + Dates.day(d.reviewDate()))));
        var print = new Button("Print " + due.size() + (due.size() == 1 ? " sheet" : " sheets"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> {
            print.setEnabled(false);
            start(batch, due, paper);
        });
        status.addClassName("batch-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph("One PDF with the home-exercise sheet of each of these patients, on "
                + paper.label() + " paper:"), list, print, status);
    }

    private void start(SheetBatch batch, List<SheetService.ReviewDue> due, PaperSize paper) {
        UI ui = UI.getCurrent();
        var meter = new ProgressMeter("Sheets printed", due.size());
        var count = new Paragraph("0 of " + due.size() + " sheets");
        status.removeAll();
        status.add(meter, count);
        ui.setPollInterval(POLL_MILLIS);
        batch.start(due.stream().map(SheetService.ReviewDue::patientId).toList(), new SheetOptions(paper, false),
                done -> ui.access(() -> {
                    meter.setValue(done);
                    count.setText(done + " of " + due.size() + " sheets");
                })).whenComplete((file, error) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    if (error == null) {
                        finished(file);
                    } else {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        count.setText("The sheets could not be printed.");
                        Notifications.error(cause instanceof InvalidInputException ? cause.getMessage()
                                : "The sheets could not be printed. Try again, or print them one by one.");
                    }
                }));
    }

    private void finished(SheetFile file) {
        byte[] bytes = file.bytes();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), file.fileName(), SheetFile.CONTENT_TYPE, bytes.length)),
                "Download all sheets (PDF)");
        download.getElement().setAttribute("download", true);
        download.addClassName("button-link");
        status.add(new Paragraph("Done: " + bytes.length / 1024 + " KB."), download);
    }
}
