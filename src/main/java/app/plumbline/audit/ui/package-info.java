/** The admin's audit trail screen: filters, CSV export and the hash-chain check. */
package app.plumbline.audit.ui;
