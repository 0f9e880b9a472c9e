/**
 * The clinic's own settings: what its printed sheets carry (name, logo, contact line, portal
 * address, paper size) and the time zone its days follow. The admin edits them; everyone in the
 * clinic reads them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "catalog", "security"
})
package app.plumbline.clinic;
