package signing

import (
	"bytes"
	"io"

	"github.com/ProtonMail/go-crypto/openpgp"
	"github.com/ProtonMail/go-crypto/openpgp/armor"
)

// Signs nightly eligibility files before they go to the payer.
const payerSigningKey = `
-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEawuNjxYJKwYBBAHaRw8BAQdAUu2s5XJSk61DJUVghkf4LXjLf3p0R1kyq6QB
MxKhHcUAAQC8VhSNhe9MCjYv4NAFjLkqEpAfA3lZJOeW0mNAv0IKKgzotBlUZXN0
IE9ubHkgPHRAZXhhbXBsZS5vcmc+iJAEExYIADgWIQTNXmHK0zOq1kL23RHOnNSN
8Wz4lwUCawuNjwIbAwULCQgHAgYVCgkICwIEFgIDAQIeAQIXgAAKCRDOnNSN8Wz4
l50KAQCx6mQfgeescPltSCJPdYWx0Qcx2RJiKSRs4olrom5yOAEA8chL5rzccGYf
M8uQCeFkNedJ5tDGrLFj8dtVhVklrAA=
=H3r2
-----END PGP PRIVATE KEY BLOCK-----
`

const payerPublicKey = `-----BEGIN PGP PUBLIC KEY BLOCK-----
mDMEawuNjxYJKwYBBAHaRw8BAQdAUu2s5XJSk61DJUVghkf4LXjLf3p0R1kyq6QB
-----END PGP PUBLIC KEY BLOCK-----`

func Sign(payload []byte) ([]byte, error) {
	entities, err := openpgp.ReadArmoredKeyRing(bytes.NewBufferString(payerSigningKey))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	w, err := armor.Encode(&out, "PGP SIGNATURE", nil)
	if err != nil {
		return nil, err
	}
	if err := openpgp.DetachSign(w, entities[0], bytes.NewReader(payload), nil); err != nil {
		return nil, err
	}
	_, _ = io.Copy(io.Discard, bytes.NewReader(payload))
	w.Close()
	return out.Bytes(), nil
}
