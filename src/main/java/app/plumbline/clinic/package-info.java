/**
 * The clinic's own settings: what its printed sheets carry (name, logo, contact line, portal
 * address, paper size) and the time zone its days follow. The admin edits them; everyone in the
 * clinic reads them.
 */
package app.plumbline.clinic;
