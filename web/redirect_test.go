package web

import "testing"

// TestLocalPath: the return address after a login is a path of this site
// or nothing; each row is a way browsers have been led off-site.
func TestLocalPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		rule, in, want string
	}{
		{"a path of this site is kept", "/signalen/01j9zq", "/signalen/01j9zq"},
		{"a query on a path of this site is kept", "/signalen?status=new", "/signalen?status=new"},
		{"the start page is kept", "/", "/"},
		{"a trailing slash is kept", "/beheer/", "/beheer/"},
		{"nothing is nothing", "", ""},
		{"a relative path is refused", "signalen", ""},
		{"leading white space is refused", " /signalen", ""},
		{"two slashes name another host", "//evil.example/", ""},
		{"three slashes name another host", "///evil.example/", ""},
		{"a backslash is read as a slash", "/\\evil.example/", ""},
		{"two backslashes name another host", "\\\\evil.example/", ""},
		{"an encoded backslash is refused", "/%5Cevil.example/", ""},
		{"a tab is dropped by browsers", "/\t/evil.example/", ""},
		{"an encoded tab is refused", "/%09/evil.example/", ""},
		{"a line feed is dropped by browsers", "/\n/evil.example/", ""},
		{"an encoded CR LF is refused", "/%0d%0aSet-Cookie:%20x=y", ""},
		{"an encoded CR LF in the query is refused", "/signalen?x=%0D%0ALocation:%20//evil.example", ""},
		{"a raw CR LF is refused", "/\r\nLocation: //evil.example", ""},
		{"an encoded NUL is refused", "/%00/evil.example", ""},
		{"a Unicode line separator is refused", "/\u2028/evil.example/", ""},
		{"a C1 control character is refused", "/\u0085/evil.example/", ""},
		{"a non-breaking space is refused", "/\u00a0/evil.example/", ""},
		{"an absolute URL is refused", "https://evil.example/", ""},
		{"a URL with a scheme but no slashes is refused", "https:evil.example", ""},
		{"javascript: is refused", "javascript:alert(1)", ""},
		{"data: is refused", "data:text/html,<script>alert(1)</script>", ""},
		{"encoded slashes are refused", "/%2F%2Fevil.example/", ""},
		{"one encoded slash after the first is refused", "/%2Fevil.example/", ""},
		{"dot segments are refused", "/signalen/../../evil.example", ""},
		{"an encoded dot segment is refused", "/%2e%2e//evil.example", ""},
		{"a fragment is refused", "/signalen#x", ""},
		{"broken percent encoding is refused", "/%zz", ""},
		{"invalid UTF-8 is refused", "/\xff/evil.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := localPath(tt.in); got != tt.want {
				t.Errorf("localPath(%q) = %q, want %q", tt.in, got, tt.want)
			}
			want := tt.want
			if want == "" {
				want = "/"
			}
			if got := afterLogin(tt.in); got != want {
				t.Errorf("afterLogin(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}
