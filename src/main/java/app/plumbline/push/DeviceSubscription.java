package app.plumbline.push;

import app.plumbline.base.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What a browser hands over when it subscribes (its {@code PushSubscription}): the push service's
 * address for it, its public key ({@code p256dh}) and authentication secret ({@code auth}), both
 * Base64 URL-safe; and which browser on which system, in a few words, for the patient's list.
 */
public record DeviceSubscription(String endpoint, String p256dh, String auth, String device) {

    static final int MAX_ENDPOINT = 1000;
    static final int MAX_DEVICE = 100;

    /** The device's description, without control characters and cut to its column's length. */
    public DeviceSubscription {
        device = device == null ? "" : device.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (device.length() > MAX_DEVICE) {
            device = device.substring(0, MAX_DEVICE);
        }
    }

    /**
     * What is wrong with it: an endpoint that is not an HTTPS address of a known push service (the
     * server posts to it, so it must not reach anything else), keys that are not a P-256 public key
     * (65 bytes) and a 16-byte secret. A test's local push service: plain HTTP and any host, only
     * where the configuration allows it.
     *
     * @param services host names of push services, a leading dot for a domain and its hosts
     */
    List<FieldProblem> problems(boolean allowHttp, List<String> services) {
        List<FieldProblem> problems = new ArrayList<>();
        if (endpoint == null || endpoint.isBlank() || endpoint.length() > MAX_ENDPOINT
                || !validAddress(allowHttp, services)) {
            problems.add(new FieldProblem("endpoint", "The browser gave no usable push address; "
                    + "turn reminders off and on again."));
        }
        if (decodedLength(p256dh) != 65 || decodedLength(auth) != 16) {
            problems.add(new FieldProblem("keys", "The browser gave no usable encryption keys; "
                    + "turn reminders off and on again."));
        }
        return problems;
    }

    private boolean validAddress(boolean allowHttp, List<String> services) {
        try {
            URI uri = URI.create(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(java.util.Locale.ROOT);
            boolean knownService = host != null && services.stream().anyMatch(s -> s.startsWith(".")
                    ? host.endsWith(s) : host.equals(s));
            return host != null && uri.getUserInfo() == null
                    && (allowHttp ? scheme.equals("https") || scheme.equals("http")
                            : scheme.equals("https") && knownService);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int decodedLength(String base64Url) {
        if (base64Url == null || base64Url.length() > 200) {
            return -1;
        }
        try {
            return Base64.getUrlDecoder().decode(base64Url.replace("=", "")).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
