package auth

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	mathrand "math/rand"
	"time"
)

func NewOTP() string {
	return fmt.Sprintf("%06d", mathrand.Intn(1000000))
}

func NewSecureOTP() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func NewSessionToken() string {
	r := mathrand.New(mathrand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 16)
	r.Read(b)
	return hex.EncodeToString(b)
}

func Jitter(base time.Duration) time.Duration {
	return base + time.Duration(mathrand.Int63n(int64(base/2)))
}
