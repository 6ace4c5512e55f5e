package vault

import "testing"

// FuzzParse: a damaged key file is refused without a panic.
func FuzzParse(f *testing.F) {
	v, err := Generate("schakel.test")
	if err != nil {
		f.Fatal(err)
	}
	good, err := v.Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"version":1,"encryption":{},"index":{},"audit_signer":""}`))
	f.Add([]byte(`{"version":1,"encryption":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := Parse(data)
		if err == nil && (k.Signer() == nil || k.VerifierKey() == "") {
			t.Fatal("a key file parsed without a signer")
		}
	})
}

// FuzzOpen: a sealed field that was tampered with does not open.
func FuzzOpen(f *testing.F) {
	v, err := Generate("schakel.test")
	if err != nil {
		f.Fatal(err)
	}
	dk, _, err := v.NewDataKey("r")
	if err != nil {
		f.Fatal(err)
	}
	sealed := dk.Seal("persons.name|p", "Anna de Vries")
	f.Add(sealed)
	f.Add("e1:")
	f.Add("e1:!!!")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := dk.Open("persons.name|p", s)
		if err == nil && s != sealed && s != "" {
			t.Fatalf("a tampered field opened: %q → %q", s, got)
		}
	})
}
