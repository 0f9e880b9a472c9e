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
        return new Browser(endpoint, device).subscription();
    }

    /**
     * A browser's side of a subscription: its P-256 key pair and authentication secret, and the
     * decryption of what the push service hands it (RFC 8291, aes128gcm of RFC 8188, one record).
     */
    public static final class Browser {

        private final KeyPair keys;
        private final byte[] auth = new byte[16];
        private final DeviceSubscription subscription;

        public Browser(String endpoint, String device) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                keys = generator.generateKeyPair();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            new SecureRandom().nextBytes(auth);
            var encoder = Base64.getUrlEncoder().withoutPadding();
            subscription = new DeviceSubscription(endpoint,
                    encoder.encodeToString(uncompressed((ECPublicKey) keys.getPublic())), encoder.encodeToString(auth),
                    device);
        }

        public DeviceSubscription subscription() {
            return subscription;
        }

        /** The plain text of a pushed message, as the browser's push handler receives it. */
        public String decrypt(byte[] body) throws java.security.GeneralSecurityException {
            var in = java.nio.ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            in.getInt(); // record size
            byte[] serverKey = new byte[in.get() & 0xff];
            in.get(serverKey);
            byte[] cipherText = new byte[in.remaining()];
            in.get(cipherText);

            var params = ((ECPublicKey) keys.getPublic()).getParams();
            var point = new java.security.spec.ECPoint(new java.math.BigInteger(1, java.util.Arrays.copyOfRange(serverKey, 1, 33)),
                    new java.math.BigInteger(1, java.util.Arrays.copyOfRange(serverKey, 33, 65)));
            var serverPublic = java.security.KeyFactory.getInstance("EC")
                    .generatePublic(new java.security.spec.ECPublicKeySpec(point, params));
            var agreement = javax.crypto.KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(serverPublic, true);
            byte[] sharedSecret = agreement.generateSecret();

            byte[] prkKey = hmac(auth, sharedSecret);
            byte[] keyInfo = concat("WebPush: info\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    uncompressed((ECPublicKey) keys.getPublic()), serverKey, new byte[] {1});
            byte[] ikm = hmac(prkKey, keyInfo);
            byte[] prk = hmac(salt, ikm);
            byte[] cek = java.util.Arrays.copyOf(hmac(prk, concat(
                    "Content-Encoding: aes128gcm\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), new byte[] {1})), 16);
            byte[] nonce = java.util.Arrays.copyOf(hmac(prk, concat(
                    "Content-Encoding: nonce\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), new byte[] {1})), 12);
            var cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(cek, "AES"),
                    new javax.crypto.spec.GCMParameterSpec(128, nonce));
            byte[] padded = cipher.doFinal(cipherText);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new IllegalStateException("not the last record of an aes128gcm message");
            }
            return new String(padded, 0, end, java.nio.charset.StandardCharsets.UTF_8);
        }

        private static byte[] hmac(byte[] key, byte[] data) throws java.security.GeneralSecurityException {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }

        private static byte[] concat(byte[]... parts) {
            var out = new java.io.ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return out.toByteArray();
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
