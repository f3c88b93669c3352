package records

import (
	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

func NewGinRouter(h *Handlers) *gin.Engine {
	r := gin.New()
	r.Use(cors.Default())
	api := r.Group("/api/patients", h.RequireAuth())
	api.GET("/:id", h.GetPatient)
	api.GET("/:id/allergies", h.ListAllergies)
	return r
}

func NewAdminRouter(h *Handlers) *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowOrigins:     []string{"https://admin.clinic.example.org"},
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))
	r.GET("/admin/clinics", h.RequireAuth(), h.ListClinics)
	return r
}
