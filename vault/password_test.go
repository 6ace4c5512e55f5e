package vault

import (
	"strings"
	"testing"
)

func TestPasswordHashVerifies(t *testing.T) {
	h := HashPassword("correct horse battery staple")
	if !strings.HasPrefix(h, "$argon2id$") {
		t.Fatalf("not a PHC argon2id hash: %q", h)
	}
	if h == HashPassword("correct horse battery staple") {
		t.Error("two hashes of one password are equal: no salt")
	}
	if !VerifyPassword(h, "correct horse battery staple") {
		t.Error("the password does not verify against its hash")
	}
	for _, bad := range []struct{ hash, pw string }{
		{h, "correct horse battery stapler"},
		{h, ""},
		{"", "correct horse battery staple"},
		{"$argon2id$v=19$m=x$salt$key", "correct horse battery staple"},
		{strings.Replace(h, "argon2id", "argon2i", 1), "correct horse battery staple"},
	} {
		if VerifyPassword(bad.hash, bad.pw) {
			t.Errorf("VerifyPassword(%q, %q) = true", bad.hash, bad.pw)
		}
	}
}
