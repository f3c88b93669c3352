package org.examplehealth.portal.keys;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class ApiKeyService {

    private static final SecureRandom SECURE = new SecureRandom();
    private static final int KEY_BYTES = 32;
    private static final String PREFIX = "ehk_";

    private final Random rng = new Random();

    public String newApiKey() {
        byte[] key = new byte[32];
        rng.nextBytes(key);
        return "ehk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    public String newClientSecret() {
        byte[] secret = new byte[32];
        SECURE.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public String newPin() {
        return String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
    }

    public String newActivationToken() {
        return RandomStringUtils.randomAlphanumeric(24);
    }

    public List<String> auditSample(List<String> ids, long seed) {
        Collections.shuffle(ids, new Random(seed));
        return ids.subList(0, Math.min(10, ids.size()));
    }
}
