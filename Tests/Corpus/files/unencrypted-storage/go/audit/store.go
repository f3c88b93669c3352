package audit

import (
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"

	_ "github.com/mattn/go-sqlite3"
)

type Event struct {
	Actor     string `json:"actor"`
	PatientID string `json:"patient_id"`
	Action    string `json:"action"`
}

func OpenAuditDB(dir string) (*sql.DB, error) {
	return sql.Open("sqlite3", filepath.Join(dir, "audit_events.db"))
}

func ExportPatients(dir string, rows [][]string) error {
	f, err := os.Create(filepath.Join(dir, "phi-export.csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	defer w.Flush()
	return w.WriteAll(rows)
}

func WriteSummary(dir string, total int) error {
	data, _ := json.Marshal(map[string]int{"events": total})
	return os.WriteFile(filepath.Join(dir, "summary.json"), data, 0o600)
}

func SnapshotPatient(dir string, patient any) error {
	data, _ := json.Marshal(patient)
	return os.WriteFile(filepath.Join(dir, "patient-snapshot.json"), data, 0o644)
}
