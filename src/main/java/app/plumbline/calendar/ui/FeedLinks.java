package app.plumbline.calendar.ui;

import app.plumbline.calendar.FeedAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The ways to subscribe to one feed address: the plain https (or http) address to copy, the
 * {@code webcal://} one that Apple Calendar and Thunderbird open as a subscription, and Google
 * Calendar's "add by URL" page with the webcal address as its {@code cid}.
 *
 * @param appUrl the app's absolute root, ending in "/"
 */
record FeedLinks(String address, String webcal, String google) {

    static final String GOOGLE_ADD = "https://calendar.google.com/calendar/r?cid=";

    static FeedLinks of(String appUrl, FeedAddress feed) {
        String root = appUrl.endsWith("/") ? appUrl : appUrl + "/";
        String address = root + feed.path();
        String webcal = "webcal://" + address.substring(address.indexOf("://") + 3);
        return new FeedLinks(address, webcal, GOOGLE_ADD + URLEncoder.encode(webcal, StandardCharsets.UTF_8));
    }
}
