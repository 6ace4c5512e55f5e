package vault

import (
	"strings"
	"testing"
)

// TestBinding: a row's binding is the same under the record's key however
// it was obtained (made or unwrapped), fits only that row's values, and
// only that record's key; it is not the data key.
func TestBinding(t *testing.T) {
	v, err := Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	k, wrapped, err := v.NewDataKey("sig1")
	if err != nil {
		t.Fatal(err)
	}
	again, err := v.Unwrap("sig1", wrapped)
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := v.NewDataKey("sig2")
	if err != nil {
		t.Fatal(err)
	}
	row := []byte("signals|sig1|rotterdam|2026-11-01")
	mac := k.Bind(row)
	if !strings.HasPrefix(mac, "b1:") || len(mac) != 3+22 {
		t.Fatalf("binding %q: want b1: and 128 bits", mac)
	}
	if k.Bind(row) != mac || again.Bind(row) != mac {
		t.Fatal("the binding of one row under one record key differs between calls or keys obtained")
	}
	tests := []struct {
		name  string
		b     *Binder
		row   []byte
		mac   string
		bound bool
	}{
		{"the row as bound", again.Binder(), row, mac, true},
		{"a changed value", again.Binder(), []byte("signals|sig1|schiedam|2026-11-01"), mac, false},
		{"another record's key", other.Binder(), row, mac, false},
		{"no binding", k.Binder(), row, "", false},
		{"a binding without its prefix", k.Binder(), row, mac[3:], false},
	}
	for _, tt := range tests {
		if got := tt.b.Bound(tt.row, tt.mac); got != tt.bound {
			t.Errorf("%s: Bound = %v, want %v", tt.name, got, tt.bound)
		}
	}
	if string(k.binding.key) == string(k.raw) {
		t.Error("the binding key is the data key")
	}
}
