package hl7

import (
	"bytes"
	"crypto/tls"
	"net/http"
	"time"
)

const (
	adtEndpoint   = "http://hl7-router.hospital.example.org:8080/adt"
	ormEndpoint   = "https://hl7-router.hospital.example.org/orm"
	localEndpoint = "http://localhost:8080/adt"
)

func secureClient() *http.Client {
	return &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS13},
		},
	}
}

func legacyClient() *http.Client {
	cfg := &tls.Config{
		MinVersion:         tls.VersionTLS10,
		InsecureSkipVerify: false,
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func SendADT(msg []byte) (*http.Response, error) {
	return http.Post(adtEndpoint, "x-application/hl7-v2+er7", bytes.NewReader(msg))
}

func SendORM(msg []byte) (*http.Response, error) {
	return secureClient().Post(ormEndpoint, "x-application/hl7-v2+er7", bytes.NewReader(msg))
}

func FetchAck(id string) (*http.Response, error) {
	return http.Get("http://hl7-router.hospital.example.org:8080/ack/" + id)
}
