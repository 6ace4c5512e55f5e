package vault

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
)

// TestCanaries: a canary sealed under any key of the keyset (not only the
// primary) opens with that keyset and with no other; an index canary is
// the same for the same key and differs for another.
func TestCanaries(t *testing.T) {
	v, _ := Generate("schakel.test")
	other, _ := Generate("schakel.test")
	first := v.EncryptionKeyID()
	if _, err := v.RotateEncryption(); err != nil {
		t.Fatal(err)
	}
	ct, err := v.SealCanary(first)
	if err != nil || KeyIDOf(ct) != first {
		t.Fatalf("canary under the old key: key %d, %v", KeyIDOf(ct), err)
	}
	if err := v.OpenCanary(ct); err != nil {
		t.Errorf("own canary: %v", err)
	}
	if err := other.OpenCanary(ct); err == nil {
		t.Error("another keyset opened the canary")
	}
	if _, err := v.SealCanary(12345); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("canary under a key the keyset lacks: %v", err)
	}
	a, _ := v.IndexCanary(v.IndexKeyID())
	b, _ := v.IndexCanary(v.IndexKeyID())
	c, _ := other.IndexCanary(other.IndexKeyID())
	if a == "" || a != b || a == c {
		t.Errorf("index canaries: %q %q %q", a, b, c)
	}
}

// TestRetire: a key that is not the primary leaves the keyset (and the
// saved file); the primary and unknown keys are refused.
func TestRetire(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.json")
	v, _ := Generate("schakel.test")
	old, oldIdx := v.EncryptionKeyID(), v.IndexKeyID()
	if err := v.RetireEncryption(old); !errors.Is(err, ErrPrimary) {
		t.Errorf("retire the primary: %v", err)
	}
	if _, err := v.RotateEncryption(); err != nil {
		t.Fatal(err)
	}
	if _, err := v.RotateIndex(); err != nil {
		t.Fatal(err)
	}
	if err := v.RetireEncryption(old); err != nil {
		t.Fatal(err)
	}
	if err := v.RetireIndex(oldIdx); err != nil {
		t.Fatal(err)
	}
	if err := v.RetireEncryption(old); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("retire twice: %v", err)
	}
	if err := v.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(back.EncryptionKeyIDs(), old) || back.HasIndexKey(oldIdx) || len(back.EncryptionKeyIDs()) != 1 || len(back.IndexKeyIDs()) != 1 {
		t.Errorf("saved keys still hold the retired ones: %v %v", back.EncryptionKeyIDs(), back.IndexKeyIDs())
	}
}

// TestReloadChecked: a reload takes a rotated file of the same
// installation, keeps the loaded keys when the file now holds another
// installation's (another audit signer) or the check refuses it.
func TestReloadChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.json")
	v, _ := Generate("schakel.test")
	if err := v.Save(path); err != nil {
		t.Fatal(err)
	}
	loaded, _ := Open(path)
	if _, err := v.RotateEncryption(); err != nil {
		t.Fatal(err)
	}
	if err := v.Save(path); err != nil {
		t.Fatal(err)
	}
	refused := errors.New("refused")
	if err := loaded.ReloadChecked(func(*Vault) error { return refused }); !errors.Is(err, refused) || loaded.EncryptionKeyID() == v.EncryptionKeyID() {
		t.Fatalf("a refused reload: %v", err)
	}
	if err := loaded.ReloadChecked(nil); err != nil || loaded.EncryptionKeyID() != v.EncryptionKeyID() {
		t.Fatalf("a rotated file: %v", err)
	}
	foreign, _ := Generate("schakel.test")
	if err := foreign.Save(path); err != nil {
		t.Fatal(err)
	}
	if err := loaded.Reload(); !errors.Is(err, ErrOtherInstallation) || loaded.EncryptionKeyID() != v.EncryptionKeyID() {
		t.Fatalf("another installation's file: %v", err)
	}
	env, _ := Parse(mustMarshal(t, v))
	if err := env.Reload(); !errors.Is(err, ErrNotReloadable) {
		t.Errorf("keys from the environment: %v", err)
	}
}

// TestSealToken: a token opens only with the associated data it was
// sealed for, and not once changed.
func TestSealToken(t *testing.T) {
	v, _ := Generate("schakel.test")
	ct, err := v.SealToken([]byte("offset 50"), []byte("signals|u1"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := v.OpenToken(ct, []byte("signals|u1")); err != nil || string(got) != "offset 50" {
		t.Fatalf("open: %q %v", got, err)
	}
	if _, err := v.OpenToken(ct, []byte("signals|u2")); err == nil {
		t.Error("a token opened for another user")
	}
	ct[len(ct)-1] ^= 1
	if _, err := v.OpenToken(ct, []byte("signals|u1")); err == nil {
		t.Error("a changed token opened")
	}
}

func mustMarshal(t *testing.T, v *Vault) []byte {
	t.Helper()
	b, err := v.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpenTokenReloads: a token sealed by an instance that read a rotated
// key file opens on one that has not yet: it reads the file then.
func TestOpenTokenReloads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.json")
	v, _ := Generate("schakel.test")
	if err := v.Save(path); err != nil {
		t.Fatal(err)
	}
	stale, _ := Open(path)
	if _, err := v.RotateEncryption(); err != nil {
		t.Fatal(err)
	}
	if err := v.Save(path); err != nil {
		t.Fatal(err)
	}
	ct, _ := v.SealToken([]byte("x"), []byte("ad"))
	if got, err := stale.OpenToken(ct, []byte("ad")); err != nil || string(got) != "x" {
		t.Fatalf("a token under the rotated key: %q %v", got, err)
	}
}
