package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

//go:generate go run ./internal/precompress static

// staticFile is one file of web/static, read once at start, with the
// variants that `go generate` made of it.
type staticFile struct {
	name  string
	ctype string
	sum   string            // the checksum its URLs carry (?v=)
	body  map[string][]byte // "" (identity), "br", "gzip"
}

// staticFiles serves web/static. A URL carries its file's checksum
// (page.Static), so an answer to the current checksum may be cached for a
// year; any other is revalidated. Browsers that accept brotli or gzip get
// the variant made at build time (scripts/refresh-assets.sh, go generate),
// which nothing compresses on the fly; the answer varies on
// Accept-Encoding whenever a variant exists.
type staticFiles map[string]*staticFile

func loadStatic(fsys fs.FS) (staticFiles, error) {
	files := staticFiles{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := path.Ext(name)
		if ext == ".gz" || ext == ".br" {
			return nil
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		h := sha256.Sum256(b)
		f := &staticFile{name: name, ctype: contentType(ext), sum: hex.EncodeToString(h[:6]), body: map[string][]byte{"": b}}
		for enc, suffix := range map[string]string{"gzip": ".gz", "br": ".br"} {
			if v, err := fs.ReadFile(fsys, name+suffix); err == nil {
				f.body[enc] = v
			}
		}
		files[name] = f
		return nil
	})
	return files, err
}

func contentType(ext string) string {
	switch ext {
	case ".ico":
		return "image/x-icon" // not in every system's MIME table
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// serve answers f with the Cache-Control cache.
func (f *staticFile) serve(w http.ResponseWriter, r *http.Request, cache string) {
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("Cache-Control", cache)
	enc := ""
	if len(f.body) > 1 {
		h.Add("Vary", "Accept-Encoding")
		enc = pickEncoding(r.Header.Get("Accept-Encoding"), f.body)
	}
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	h.Set("ETag", `"`+f.sum+strings.TrimSuffix("-"+enc, "-")+`"`)
	http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(f.body[enc]))
}

// ServeHTTP serves /static/NAME, the prefix stripped.
func (s staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := s[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	cache := "no-cache"
	if r.URL.Query().Get("v") == f.sum {
		cache = "public, max-age=31536000, immutable"
	}
	f.serve(w, r, cache)
}

// favicon answers /favicon.ico, which browsers ask for on their own.
func (s staticFiles) favicon(w http.ResponseWriter, r *http.Request) {
	s["favicon.ico"].serve(w, r, "public, max-age=86400")
}

// pickEncoding chooses brotli, then gzip, of the variants there are, when
// the Accept-Encoding header accepts it (a q of 0 refuses; * accepts what
// is not named). "" is the file itself.
func pickEncoding(header string, have map[string][]byte) string {
	q := map[string]float64{}
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		weight := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					weight = f
				}
			}
		}
		q[coding] = weight
	}
	for _, enc := range []string{"br", "gzip"} {
		if _, ok := have[enc]; !ok {
			continue
		}
		w, named := q[enc]
		if !named {
			w, named = q["*"]
		}
		if named && w > 0 {
			return enc
		}
	}
	return ""
}
