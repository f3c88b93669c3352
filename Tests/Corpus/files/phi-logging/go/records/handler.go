package records

import (
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"time"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type Handler struct {
	store  Store
	logger *zap.Logger
}

func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec, err := h.store.Find(r.Context(), r.PathValue("id"))
	if err != nil {
		log.Printf("record lookup failed: %v", err)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	h.logger.Info("patient record served", zap.String("patient_id", rec.PatientID))
	slog.Info("records served", "count", 1, "took", time.Since(start))
	writeJSON(w, rec)

	log.Printf("record fetched: %+v", rec)
	h.logger.Info("patient updated", zap.String("ssn", rec.Patient.SSN))
	logrus.WithField("dob", rec.Patient.DOB).Info("eligibility check")
}

func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	recs, _ := h.store.List(r.Context())
	log.Printf("fetched %d records in %s", len(recs), time.Since(start))
	writeJSON(w, recs)

	for _, patient := range recs {
		fmt.Printf("patient %v\n", patient)
	}
	slog.Info("patient list", "name", recs[0].Patient.Name, "diagnosis", recs[0].Diagnosis)
}
