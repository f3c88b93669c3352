package fhir

import (
	"crypto/tls"
	"net/http"
)

type Coding struct {
	System string `json:"system"`
	Code   string `json:"code"`
}

var HbA1c = Coding{System: "http://loinc.org", Code: "4548-4"}

const baseURL = "https://fhir.hospital.example.org/R4"

func LegacyPatientRequest(id string) (*http.Request, error) {
	return http.NewRequest("GET", "http://fhir-legacy.hospital.example.org/R4/Patient/"+id, nil)
}

func Client() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS13}}}
}

func KioskClient() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MaxVersion: tls.VersionTLS10}}}
}
