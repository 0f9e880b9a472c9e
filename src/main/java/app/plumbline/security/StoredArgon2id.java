package app.plumbline.security;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An Argon2id hash as stored, the PHC string {@code $argon2id$v=19$m=16384,t=2,p=1$<salt>$<hash>}
 * (salt and hash in Base64 without padding), read into what a check needs.
 */
record StoredArgon2id(int version, int memoryKib, int passes, int lanes, byte[] salt, byte[] hash) {

    private static final int VERSION_10 = 0x10;

    long memoryBytes() {
        return memoryKib * 1024L;
    }

    /** The parts of the string, or empty if it is not an Argon2id hash in that form. */
    static Optional<StoredArgon2id> parse(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        boolean versioned = parts.length == 6;
        if (!(versioned || parts.length == 5) || !parts[0].isEmpty() || !parts[1].equals("argon2id")) {
            return Optional.empty();
        }
        try {
            int version = versioned ? Integer.parseInt(value(parts[2], "v")) : VERSION_10;
            Map<String, Integer> parameters = new HashMap<>();
            for (String parameter : parts[versioned ? 3 : 2].split(",")) {
                String[] pair = parameter.split("=", 2);
                parameters.put(pair[0], Integer.parseInt(pair.length == 2 ? pair[1] : ""));
            }
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts[versioned ? 4 : 3]);
            byte[] hash = base64.decode(parts[versioned ? 5 : 4]);
            Integer memory = parameters.get("m");
            Integer passes = parameters.get("t");
            Integer lanes = parameters.get("p");
            if (memory == null || passes == null || lanes == null || parameters.size() != 3
                    || memory < 1 || passes < 1 || lanes < 1 || hash.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new StoredArgon2id(version, memory, passes, lanes, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String value(String part, String name) {
        if (!part.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + "=, not " + part);
        }
        return part.substring(name.length() + 1);
    }
}
