/** The admin's clinic settings screen. */
package app.plumbline.clinic.ui;
