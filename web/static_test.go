package web_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// cssBudget bounds the compressed stylesheets one page loads: a phone on a
// weak connection gets its first paint only after all of them.
const cssBudget = 60 << 10

var (
	stylesheetRe = regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`)
	caseLinkRe   = regexp.MustCompile(`href="(/casussen/[^"?/]+)"`)
)

type fetched struct {
	status int
	header http.Header
	body   []byte
}

// fetch GETs a URL with the Accept-Encoding given, which also keeps Go's
// client from decompressing the answer behind the test's back.
func (e *env) fetch(path, acceptEncoding string, header ...string) fetched {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", acceptEncoding)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return fetched{res.StatusCode, res.Header, b}
}

func decompress(t *testing.T, enc string, b []byte) []byte {
	t.Helper()
	var r io.Reader
	switch enc {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	case "br":
		r = brotli.NewReader(bytes.NewReader(b))
	default:
		t.Fatalf("unknown encoding %q", enc)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s: %v", enc, err)
	}
	return out
}

// TestPageCSSCompressed: the stylesheets of the login, start, queue and
// case pages come compressed (brotli and gzip, as the browser accepts),
// decompress to exactly the file, vary on Accept-Encoding, are cached for
// good under their checksum'd URLs, and weigh less than cssBudget
// together.
func TestPageCSSCompressed(t *testing.T) {
	e := newEnvWith(t, nil, 20)
	b := e.browser()
	pages := map[string]string{"login": b.get("/inloggen").body}
	b.login("af@schakel.demo")
	pages["start"] = b.get("/").body
	pages["queue"] = b.get("/signalen").body
	m := caseLinkRe.FindStringSubmatch(b.get("/casussen").body)
	if m == nil {
		t.Fatal("the demo's aandachtsfunctionaris sees no case")
	}
	pages["case"] = b.get(m[1]).body

	for name, html := range pages {
		links := stylesheetRe.FindAllStringSubmatch(html, -1)
		if len(links) == 0 {
			t.Fatalf("%s page links no stylesheet", name)
		}
		if !strings.Contains(html, `<link rel="icon" href="/static/favicon.svg?v=`) {
			t.Errorf("%s page links no favicon", name)
		}
		total := map[string]int{}
		for _, l := range links {
			url := l[1]
			if !strings.Contains(url, "?v=") {
				t.Errorf("%s: %s carries no checksum, so it may not be cached for good", name, url)
			}
			plain := e.fetch(url, "identity")
			if plain.status != http.StatusOK || plain.header.Get("Content-Encoding") != "" {
				t.Fatalf("%s identity: %d, Content-Encoding %q", url, plain.status, plain.header.Get("Content-Encoding"))
			}
			for _, enc := range []string{"br", "gzip"} {
				f := e.fetch(url, enc)
				if f.status != http.StatusOK || f.header.Get("Content-Encoding") != enc {
					t.Fatalf("%s with %s: %d, Content-Encoding %q", url, enc, f.status, f.header.Get("Content-Encoding"))
				}
				if got := f.header.Get("Content-Type"); got != "text/css; charset=utf-8" {
					t.Errorf("%s: Content-Type %q", url, got)
				}
				if got := f.header.Values("Vary"); !slicesContain(got, "Accept-Encoding") {
					t.Errorf("%s: Vary %q", url, got)
				}
				if got := f.header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
					t.Errorf("%s: Cache-Control %q", url, got)
				}
				if !bytes.Equal(decompress(t, enc, f.body), plain.body) {
					t.Errorf("%s: the %s variant is not the file (run go generate ./web)", url, enc)
				}
				total[enc] += len(f.body)
			}
		}
		for enc, n := range total {
			t.Logf("%s page: %d stylesheets, %d bytes %s", name, len(links), n, enc)
			if n >= cssBudget {
				t.Errorf("%s page: %d bytes of %s CSS, budget %d", name, n, enc, cssBudget)
			}
		}
	}
}

func slicesContain(vals []string, want string) bool {
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(p), want) {
				return true
			}
		}
	}
	return false
}

// TestStaticVariantsFresh: every compressible file under static has a
// gzip and a brotli variant that decompresses to it, so an edit without
// `go generate ./web` fails here rather than serve the old file.
func TestStaticVariantsFresh(t *testing.T) {
	n := 0
	err := filepath.WalkDir("static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".css", ".js", ".svg":
		default:
			return nil
		}
		want, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for enc, suffix := range map[string]string{"gzip": ".gz", "br": ".br"} {
			c, err := os.ReadFile(path + suffix)
			if err != nil {
				t.Errorf("%s has no %s variant (run go generate ./web)", path, enc)
				continue
			}
			if !bytes.Equal(decompress(t, enc, c), want) {
				t.Errorf("%s%s is stale (run go generate ./web)", path, suffix)
			}
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no static file checked")
	}
}

// TestStaticServing: what a browser that accepts no compression, or only
// some, gets; stale checksums, the variants' own names, revalidation and
// the favicon.
func TestStaticServing(t *testing.T) {
	e := newEnv(t)
	html := e.browserGet(t, "/inloggen")
	m := regexp.MustCompile(`href="(/static/app\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("login page links no app.css")
	}
	url := m[1]
	for _, c := range []struct{ accept, want string }{
		{"", ""},
		{"identity", ""},
		{"gzip, deflate, br, zstd", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip;q=0.5", "gzip"},
		{"BR;q=0.1", "br"},
		{"*", "br"},
		{"*;q=0", ""},
		{"gzip;q=0, br;q=0", ""},
		{"deflate", ""},
	} {
		f := e.fetch(url, c.accept)
		if f.status != http.StatusOK || f.header.Get("Content-Encoding") != c.want {
			t.Errorf("Accept-Encoding %q: %d, Content-Encoding %q, want %q", c.accept, f.status, f.header.Get("Content-Encoding"), c.want)
		}
		if !slicesContain(f.header.Values("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: no Vary", c.accept)
		}
	}

	f := e.fetch(url, "br")
	etag := f.header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if g := e.fetch(url, "gzip"); g.header.Get("ETag") == etag {
		t.Error("the gzip and brotli variants share an ETag")
	}
	if nm := e.fetch(url, "br", "If-None-Match", etag); nm.status != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", nm.status)
	}

	stale := e.fetch("/static/app.css?v=000000000000", "br")
	if stale.status != http.StatusOK || stale.header.Get("Cache-Control") != "no-cache" {
		t.Errorf("stale checksum: %d, Cache-Control %q", stale.status, stale.header.Get("Cache-Control"))
	}
	for _, p := range []string{"/static/app.css.gz", "/static/app.css.br", "/static/", "/static/vendor", "/static/nothing.css"} {
		if f := e.fetch(p, "br"); f.status != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", p, f.status)
		}
	}

	ico := e.fetch("/favicon.ico", "br")
	if ico.status != http.StatusOK || ico.header.Get("Content-Type") != "image/x-icon" || ico.header.Get("Content-Encoding") != "" {
		t.Errorf("/favicon.ico: %d, %q, %q", ico.status, ico.header.Get("Content-Type"), ico.header.Get("Content-Encoding"))
	}
	want, err := os.ReadFile("static/favicon.ico")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ico.body, want) {
		t.Error("/favicon.ico is not static/favicon.ico")
	}
	svg := e.fetch("/static/favicon.svg", "identity")
	if svg.status != http.StatusOK || svg.header.Get("Content-Type") != "image/svg+xml" {
		t.Errorf("favicon.svg: %d, %q", svg.status, svg.header.Get("Content-Type"))
	}
}

func (e *env) browserGet(t *testing.T, path string) string {
	t.Helper()
	p := e.browser().get(path)
	if p.status != http.StatusOK {
		t.Fatalf("%s: %d", path, p.status)
	}
	return p.body
}
