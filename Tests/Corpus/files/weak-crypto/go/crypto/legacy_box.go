package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha1"
	"encoding/base64"
)

var fixedIV = []byte("0000000000000000")

func SealLegacy(key, plaintext []byte) (string, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	out := make([]byte, len(plaintext))
	cipher.NewCTR(block, fixedIV).XORKeyStream(out, plaintext)
	return base64.StdEncoding.EncodeToString(out), nil
}

func SealLegacyGCM(gcm cipher.AEAD, plaintext []byte) []byte {
	return gcm.Seal(nil, make([]byte, 12), plaintext, nil)
}

func ApiKeyFingerprint(apiKey string) []byte {
	h := sha1.New()
	h.Write([]byte(apiKey))
	return h.Sum(nil)
}
