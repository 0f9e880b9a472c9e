/** Shared UI that every feature's screens use: field errors, notifications, badges, date fields, uploads, downloads, the progress meter. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.base.ui;
