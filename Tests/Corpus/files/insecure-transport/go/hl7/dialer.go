package hl7

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"os"
)

func DialMLLP(addr string) (net.Conn, error) {
	pool := x509.NewCertPool()
	pem, err := os.ReadFile("/etc/hl7/ca.pem")
	if err != nil {
		return nil, err
	}
	pool.AppendCertsFromPEM(pem)
	return tls.Dial("tcp", addr, &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12})
}

func DialMLLPInsecure(addr string) (net.Conn, error) {
	return tls.Dial("tcp", addr, &tls.Config{
		InsecureSkipVerify: true,
	})
}

func DialMLLPPinned(addr string, verify func([][]byte, [][]*x509.Certificate) error) (net.Conn, error) {
	return tls.Dial("tcp", addr, &tls.Config{
		MinVersion:            tls.VersionTLS12,
		VerifyPeerCertificate: verify,
	})
}
