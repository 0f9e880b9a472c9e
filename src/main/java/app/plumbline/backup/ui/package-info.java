/** The admin's Backups screen. */
package app.plumbline.backup.ui;
