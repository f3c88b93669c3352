package org.examplehealth.portal.mfa;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;

public class TotpEnrollment {

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    public String newTotpSecret() {
        byte[] secret = new byte[20];
        new Random().nextBytes(secret);
        return new Base32().encodeAsString(secret);
    }

    public String newTotpSecretSecure() {
        byte[] secret = new byte[20];
        SECURE_RANDOM.nextBytes(secret);
        return new Base32().encodeAsString(secret);
    }

    public String newRecoveryCode() {
        long code = (long) (Math.random() * 1_000_000_000L);
        return String.format("%09d", code);
    }

    public String newRequestId() {
        return UUID.randomUUID().toString();
    }

    public int retryDelayMillis(int attempt) {
        return (1 << attempt) * 100 + new Random().nextInt(100);
    }
}
