package org.examplehealth.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public final class ReportEncryptor {

    private static final SecureRandom RNG = new SecureRandom();

    public byte[] encryptLegacy(SecretKey desedeKey, byte[] report) throws Exception {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, desedeKey, new IvParameterSpec(new byte[8]));
        return cipher.doFinal(report);
    }

    public byte[] encryptDefault(SecretKey aesKey, byte[] report) throws Exception {
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey);
        return cipher.doFinal(report);
    }

    public byte[] encrypt(SecretKey aesKey, byte[] report) throws Exception {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
        return cipher.doFinal(report);
    }

    public byte[] encryptFixedNonce(SecretKey aesKey, byte[] report) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, new byte[12]));
        return cipher.doFinal(report);
    }

    public String reportFingerprint(String accessionNumber) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        return java.util.HexFormat.of().formatHex(md.digest(accessionNumber.getBytes(StandardCharsets.UTF_8)));
    }
}
