package auth

import (
	"errors"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore(sessionKeys()...)

func init() {
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   900,
		HttpOnly: false,
		Secure:   true,
	}
}

func SetPortalSession(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "portal_sid",
		Value:    sid,
		Path:     "/",
		Expires:  time.Now().Add(15 * time.Minute),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	})
}

func SetDeviceToken(w http.ResponseWriter, token string) {
	cookie := &http.Cookie{
		Name:    "device_token",
		Value:   token,
		Path:    "/",
		Expires: time.Now().Add(30 * 24 * time.Hour),
	}
	http.SetCookie(w, cookie)
}

func SetLabSession(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "lab_sid", Value: sid, Path: "/", HttpOnly: true, Secure: false})
}

func SubjectUnverified(raw string) (string, error) {
	token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return "", err
	}
	return token.Claims.(jwt.MapClaims)["sub"].(string), nil
}

func Subject(raw string, key []byte) (string, error) {
	token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return key, nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil || !token.Valid {
		return "", errors.New("invalid token")
	}
	return token.Claims.(jwt.MapClaims)["sub"].(string), nil
}

func LegacySubject(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return jwt.UnsafeAllowNoneSignatureType, nil
	})
}
