package httpcache

import (
	"crypto/md5"
	"encoding/hex"
	"net/http"
)

// ETag for static assets (CSS, JS bundles); not used for anything security-relevant.
func assetETag(body []byte) string {
	etag := md5.Sum(body)
	return `"` + hex.EncodeToString(etag[:]) + `"`
}

func ServeAsset(w http.ResponseWriter, r *http.Request, body []byte, contentType string) {
	tag := assetETag(body)
	if r.Header.Get("If-None-Match") == tag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", tag)
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "public, max-age=86400")
	_, _ = w.Write(body)
}
