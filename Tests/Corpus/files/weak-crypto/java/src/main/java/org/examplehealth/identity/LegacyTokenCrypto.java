package org.examplehealth.identity;

import java.security.Signature;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

public final class LegacyTokenCrypto {

    public SecretKey newLegacyKey() throws Exception {
        KeyGenerator gen = KeyGenerator.getInstance("DES");
        return gen.generateKey();
    }

    public Cipher importCipher(byte[] keyBytes) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keyBytes, "DESede"));
        return cipher;
    }

    public Signature legacySigner() throws Exception {
        return Signature.getInstance("SHA1withRSA");
    }

    public Signature signer() throws Exception {
        return Signature.getInstance("SHA256withECDSA");
    }

    public PasswordEncoder kioskEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    public PasswordEncoder portalEncoder() {
        return new BCryptPasswordEncoder();
    }
}
