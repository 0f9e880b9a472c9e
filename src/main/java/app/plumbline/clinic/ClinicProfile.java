package app.plumbline.clinic;

import app.plumbline.catalog.Illustration;

/**
 * A clinic as its printed sheets show it. Contact line, portal address and logo may be missing
 * (null) until the admin fills them in; a null time zone means the server's. A new program's
 * review date is proposed reviewAfterWeeks after the day it is built.
 */
public record ClinicProfile(Long clinicId, String name, String contactLine, String portalAddress,
        PaperSize paperSize, Illustration logo, String timeZone, int reviewAfterWeeks, long version) {

    public ClinicSettingsInput asInput() {
        return new ClinicSettingsInput(name, contactLine, portalAddress, paperSize, timeZone, reviewAfterWeeks);
    }
}
