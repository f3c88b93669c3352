package portal

import (
	"testing"
	"time"
)

var knownDevice = LoginEvent{
	Source:   "10.20.4.17",
	UserType: "staff",
	At:       time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC),
}

var patientLogin = LoginEvent{
	PatientEmail: "lorcan.aquist64@proton.me",
	PatientDOB:   "1964-02-17",
	ClientIP:     "73.158.44.201",
	UserType:     "patient",
	At:           time.Date(2024, 5, 2, 9, 14, 0, 0, time.UTC),
}

func TestSuspiciousLogin(t *testing.T) {
	if IsSuspicious(knownDevice) {
		t.Error("staff VPN address flagged")
	}
	e := patientLogin
	e.ClientIP = "203.0.113.50"
	if !IsSuspicious(e) {
		t.Error("documentation range address should be treated as unknown")
	}
	if got := Mask(patientLogin).PatientEmail; got != "l***@proton.me" {
		t.Errorf("mask = %q", got)
	}
}
