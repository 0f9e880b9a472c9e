/**
 * The clinic's own settings that its printed sheets carry: name, logo, contact line, portal
 * address and paper size. The admin edits them; everyone in the clinic reads them.
 */
package app.plumbline.clinic;
