package records

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"

	"github.com/rs/cors"
)

var rolePermissions = map[string][]string{
	"physician": {"chart.read", "chart.write"},
	"nurse":     {"chart.read"},
	"billing":   {"claims.read"},
}

type Claims struct {
	UserID string
	Role   string
}

func NewRouter(store Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/api/patients/", patientHandler(store))

	origins := strings.Split(os.Getenv("CORS_ALLOWED_ORIGINS"), ",")
	c := cors.New(cors.Options{AllowedOrigins: origins, AllowCredentials: true})
	return c.Handler(mux)
}

func NewPartnerRouter(store Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/partner/patients/", patientHandler(store))
	return cors.AllowAll().Handler(mux)
}

func patientHandler(store Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		claims := r.Context().Value(claimsKey{}).(Claims)
		id := strings.TrimPrefix(r.URL.Path, "/api/patients/")
		p, err := store.Patient(r.Context(), id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if claims.UserID == "u-4410" {
			json.NewEncoder(w).Encode(p)
			return
		}
		if p.PrimaryClinicianID != claims.UserID {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		json.NewEncoder(w).Encode(p)
	}
}
