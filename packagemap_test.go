package schakel_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// packageMap is who may import whom among Schakel's own packages (non-test
// files), as the README's architecture section draws it: the domain and
// the keys depend on nothing of ours, storage on those two, the web layer
// on storage and the domain only (never on the keys), and the test
// helpers on anything but are imported by tests alone.
var packageMap = map[string][]string{
	".":                        {},
	"vault":                    {},
	"sqlstore":                 {".", "vault"},
	"web":                      {".", "sqlstore"},
	"web/internal/precompress": {},
	"demo":                     {".", "sqlstore", "vault"},
	"sqlstore/sqltest":         {".", "sqlstore", "vault"},
	"internal/schakeltest":     {".", "demo", "sqlstore", "sqlstore/sqltest", "vault", "web"},
	"cmd/schakel":              {".", "demo", "sqlstore", "vault", "web"},
	"cmd/schakel-bench":        {".", "demo", "sqlstore", "vault", "web"},
}

func TestPackageMap(t *testing.T) {
	t.Parallel()
	const module = "github.com/schakel-nl/schakel"
	found := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules" || name == "clients") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		pkg := filepath.ToSlash(filepath.Dir(path))
		allowed, ok := packageMap[pkg]
		if !ok {
			t.Errorf("package %s is not on the map (packagemap_test.go and the README)", pkg)
			return nil
		}
		found[pkg] = true
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p != module && !strings.HasPrefix(p, module+"/") {
				continue
			}
			dep := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
			if dep == "" {
				dep = "."
			}
			if !slices.Contains(allowed, dep) {
				t.Errorf("%s imports %s, which the package map does not allow", path, dep)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for pkg := range packageMap {
		if !found[pkg] {
			t.Errorf("the map names %s, which has no Go files", pkg)
		}
	}
}
