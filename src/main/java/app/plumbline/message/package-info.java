/**
 * Messages: the asynchronous thread between a patient and the therapists of the patient's clinic,
 * with read receipts and unread counts. Every read and write is in the audit trail; the text
 * never is.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "catalog", "patient", "program", "security"
})
package app.plumbline.message;
