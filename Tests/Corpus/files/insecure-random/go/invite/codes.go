package invite

import (
	"crypto/rand"
	"math/big"
	mrand "math/rand/v2"
)

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func CaregiverCode() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = alphabet[mrand.IntN(len(alphabet))]
	}
	return string(b)
}

func CaregiverCodeSecure() (string, error) {
	b := make([]byte, 8)
	for i := range b {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))
		if err != nil {
			return "", err
		}
		b[i] = alphabet[n.Int64()]
	}
	return string(b), nil
}

func ShuffleReviewers(ids []string) {
	mrand.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
}

func ResetPasscode() uint32 {
	return mrand.Uint32() % 100000000
}
