package invite

import (
	"fmt"
	"math/rand"
	"testing"
)

func NewCaregiverInviteCode() string {
	inviteCode := fmt.Sprintf("%08d", rand.Int31n(1e8))
	return inviteCode
}

func fixtureRNG(t *testing.T) *rand.Rand {
	t.Helper()
	return rand.New(rand.NewSource(42))
}
