package app.plumbline.sheet;

import app.plumbline.clinic.PaperSize;

/** How to print: A4 or US Letter, normal or large print. */
public record SheetOptions(PaperSize paper, boolean largePrint) {

    public SheetOptions {
        paper = paper == null ? PaperSize.A4 : paper;
    }

    /** Where the patient's sheet downloads from (SheetController), relative to the app's root. */
    public String downloadPath(Long patientId) {
        return "files/sheets/" + patientId + "?paper=" + paper.name() + "&large=" + largePrint;
    }
}
