package app.plumbline.sheet;

import app.plumbline.clinic.PaperSize;

/** How to print: A4 or US Letter, normal or large print. */
public record SheetOptions(PaperSize paper, boolean largePrint) {

    public SheetOptions {
        paper = paper == null ? PaperSize.A4 : paper;
    }

    /** "A4-normal-print", "Letter-large-print": what a file name says about how it prints. */
    public String fileNameSuffix() {
        return (paper == PaperSize.A4 ? "A4" : "Letter") + (largePrint ? "-large-print" : "-normal-print");
    }

    /** Where the patient's sheet downloads from (SheetController), relative to the app's root. */
    public String downloadPath(Long patientId) {
        return "files/sheets/" + patientId + "?paper=" + paper.name() + "&large=" + largePrint;
    }
}
