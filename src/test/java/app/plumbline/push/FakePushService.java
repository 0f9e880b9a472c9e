package app.plumbline.push;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A push service on this machine, as a browser's subscription points at it: records each request
 * (headers, body) and answers with the status the test sets (201 Created, as real push services do,
 * or 404/410 for a subscription that is gone). Also makes the browser's side of a subscription: a
 * P-256 key pair and a 16-byte authentication secret.
 */
public final class FakePushService implements AutoCloseable {

    public record Received(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile int status = 201;

    public FakePushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (received) {
                received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                        body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public void answer(int status) {
        this.status = status;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public String endpoint(String device) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + device;
    }

    /** A subscription as a browser makes it: the endpoint here and fresh keys. */
    public static DeviceSubscription browser(String endpoint, String device) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            var encoder = Base64.getUrlEncoder().withoutPadding();
            return new DeviceSubscription(endpoint, encoder.encodeToString(uncompressed((ECPublicKey) pair.getPublic())),
                    encoder.encodeToString(auth), device);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy32(key.getW().getAffineX().toByteArray(), point, 1);
        copy32(key.getW().getAffineY().toByteArray(), point, 33);
        return point;
    }

    /** A coordinate's 32 bytes, right-aligned (BigInteger may add a sign byte or drop leading zeros). */
    private static void copy32(byte[] value, byte[] into, int at) {
        int length = Math.min(value.length, 32);
        System.arraycopy(value, value.length - length, into, at + 32 - length, length);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
