package export

import (
	"bytes"
	"crypto/cipher"
	"encoding/csv"
	"io/ioutil"
	"os"
	"path/filepath"
	"strconv"
)

type PatientRow struct {
	MRN, Name, DOB string
}

func WritePatientCSV(rows []PatientRow) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, r := range rows {
		w.Write([]string{r.MRN, r.Name, r.DOB})
	}
	w.Flush()
	return ioutil.WriteFile("/tmp/patients.csv", buf.Bytes(), 0644)
}

func WriteSealedPatients(dir string, aead cipher.AEAD, nonce, plain []byte) error {
	sealed := aead.Seal(nonce, nonce, plain, nil)
	return os.WriteFile(filepath.Join(dir, "patients.csv.enc"), sealed, 0o600)
}

func WriteMetrics(dir string, rows int) error {
	return os.WriteFile(filepath.Join(dir, "metrics.txt"), []byte("rows="+strconv.Itoa(rows)), 0o600)
}
