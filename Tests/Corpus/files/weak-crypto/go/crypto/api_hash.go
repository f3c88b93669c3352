package crypto

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

func APIKeyDigest(apiKey string) string {
	sum := sha1.Sum([]byte(apiKey))
	return hex.EncodeToString(sum[:])
}

func APIKeyDigestV2(apiKey string) string {
	sum := sha256.Sum256([]byte(apiKey))
	return hex.EncodeToString(sum[:])
}

func HashPassword(pw []byte) ([]byte, error) {
	return bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost)
}

func BadgeCipher(key []byte) (cipher.Block, error) {
	return des.NewCipher(key)
}
