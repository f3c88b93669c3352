package org.examplehealth.audit;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import org.apache.commons.codec.digest.DigestUtils;

public final class AuditSeal {

    public String chainHash(String previousHash, String auditRecord) {
        return DigestUtils.sha1Hex(previousHash + auditRecord);
    }

    public String chainHashV2(String previousHash, String auditRecord) {
        return DigestUtils.sha256Hex(previousHash + auditRecord);
    }

    public byte[] encryptArchive(SecretKey key, byte[] archive) throws Exception {
        byte[] iv = new byte[16];
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(archive);
    }
}
