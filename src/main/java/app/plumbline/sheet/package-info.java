/**
 * Printable home-exercise sheets: a program version, its patient and the clinic's settings filled
 * into an HTML/CSS template and rendered to PDF, with illustrations, a 4-week tracking grid, a
 * QR code to the portal and, on request, the patient's due questionnaires to fill in on paper; batch printing for the week's reviews. {@link app.plumbline.sheet.PdfRenderer}
 * is the only class that uses the PDF library.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "base :: ui", "catalog", "clinic", "outcome", "patient", "program", "security"
})
package app.plumbline.sheet;
