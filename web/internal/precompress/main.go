// Command precompress writes a gzip (.gz) and a brotli (.br) variant next
// to every compressible file under a directory, at the strongest settings:
// they are made once, by `go generate ./web`, committed and embedded, and
// the server sends the one a browser accepts (web/static.go). Variants
// whose file is gone are removed; a file that compression would not make
// smaller gets none.
//
//	go run ./internal/precompress static
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible lists the kinds worth compressing; images such as the ICO
// (a PNG inside) are compressed already.
var compressible = map[string]bool{".css": true, ".js": true, ".svg": true, ".json": true, ".txt": true}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "precompress:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if ext := filepath.Ext(path); ext == ".gz" || ext == ".br" {
			if _, err := os.Stat(strings.TrimSuffix(path, ext)); os.IsNotExist(err) {
				return os.Remove(path)
			}
			return nil
		}
		if !compressible[filepath.Ext(path)] {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, v := range []struct {
			ext string
			enc func([]byte) ([]byte, error)
		}{{".gz", gz}, {".br", br}} {
			c, err := v.enc(b)
			if err != nil {
				return err
			}
			if len(c) >= len(b) {
				if err := os.Remove(path + v.ext); err != nil && !os.IsNotExist(err) {
					return err
				}
				continue
			}
			if err := os.WriteFile(path+v.ext, c, 0o644); err != nil {
				return err
			}
		}
		return nil
	})
}

// gz compresses without a name or time in the header, so the output
// depends on the input alone.
func gz(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	err = w.Close()
	return buf.Bytes(), err
}

func br(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	err := w.Close()
	return buf.Bytes(), err
}
