package app.plumbline.sheet;

import app.plumbline.clinic.PaperSize;

/**
 * How to print: A4 or US Letter, normal or large print, and whether the patient's due questionnaires
 * are printed with it (for a paper patient, to be typed in afterwards).
 */
public record SheetOptions(PaperSize paper, boolean largePrint, boolean questionnaires) {

    public SheetOptions {
        paper = paper == null ? PaperSize.A4 : paper;
    }

    public SheetOptions(PaperSize paper, boolean largePrint) {
        this(paper, largePrint, false);
    }

    /** "A4-normal-print", "Letter-large-print": what a file name says about how it prints. */
    public String fileNameSuffix() {
        return (paper == PaperSize.A4 ? "A4" : "Letter") + (largePrint ? "-large-print" : "-normal-print");
    }

    /** Where the patient's sheet downloads from (SheetController), relative to the app's root. */
    public String downloadPath(Long patientId) {
        return "files/sheets/" + patientId + "?paper=" + paper.name() + "&large=" + largePrint
                + (questionnaires ? "&questionnaires=true" : "");
    }
}
