package org.examplehealth.portal.reset;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.UUID;

public class PasswordResetService {

    public String newResetToken() {
        return Long.toHexString(new Random().nextLong()) + Long.toHexString(new Random().nextLong());
    }

    public int newEmailCode() {
        int code = 100000 + new Random().nextInt(900000);
        return code;
    }

    public byte[] newRecoverySecret() throws NoSuchAlgorithmException {
        byte[] secret = new byte[32];
        SecureRandom.getInstanceStrong().nextBytes(secret);
        return secret;
    }

    public String newCorrelationId() {
        return UUID.randomUUID().toString();
    }

    public <T> T pickForAudit(List<T> items) {
        return items.get((int) (Math.random() * items.size()));
    }
}
