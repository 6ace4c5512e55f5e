package vault

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/mod/sumdb/note"
)

func TestSealOpen(t *testing.T) {
	v, err := Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	k, wrapped, err := v.NewDataKey("sig1")
	if err != nil {
		t.Fatal(err)
	}
	ct := k.Seal("persons.name|p1", "Anna de Vries")
	if strings.Contains(ct, "Anna") || !strings.HasPrefix(ct, "e1:") {
		t.Fatalf("sealed field shows plaintext or lacks its prefix: %q", ct)
	}
	if k.Seal("persons.name|p1", "Anna de Vries") == ct {
		t.Error("two seals of one value are equal: the nonce is not random")
	}
	k2, err := v.Unwrap("sig1", wrapped)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := k2.Open("persons.name|p1", ct); err != nil || got != "Anna de Vries" {
		t.Fatalf("Open = %q, %v", got, err)
	}
	if _, err := k2.Open("persons.name|p2", ct); err == nil {
		t.Error("a ciphertext moved to another row opened")
	}
	if _, err := v.Unwrap("sig2", wrapped); err == nil {
		t.Error("a record key opened for another record")
	}
	if _, err := k2.Open("x", "plain text"); err == nil {
		t.Error("an unsealed value was accepted")
	}
	if got, _ := k2.Open("x", ""); got != "" || k.Seal("x", "") != "" {
		t.Error("empty must stay empty")
	}
}

func TestSaveLoadRotate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys.json")
	v, err := Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Save(path); err != nil {
		t.Fatal(err)
	}
	_, wrapped, err := v.NewDataKey("r")
	if err != nil {
		t.Fatal(err)
	}
	oldID := v.EncryptionKeyID()
	if KeyIDOf(wrapped) != oldID {
		t.Fatalf("KeyIDOf = %d, want %d", KeyIDOf(wrapped), oldID)
	}

	// Another process (schakel keys rotate) rotates and saves.
	other, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	newID, err := other.RotateEncryption()
	if err != nil || newID == oldID {
		t.Fatalf("rotate: %d, %v", newID, err)
	}
	if err := other.Save(path); err != nil {
		t.Fatal(err)
	}
	rewrapped, err := other.Rewrap("r", wrapped)
	if err != nil || KeyIDOf(rewrapped) != newID {
		t.Fatalf("rewrap: key %d, %v", KeyIDOf(rewrapped), err)
	}
	// The first process does not know the new key yet: Unwrap reloads.
	v2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	v2.cur.Store(v.cur.Load())
	if _, err := v2.Unwrap("r", rewrapped); err != nil {
		t.Fatalf("unwrap after another process rotated: %v", err)
	}
	if v2.EncryptionKeyID() != newID {
		t.Error("reload did not pick up the new primary key")
	}
	if _, err := v2.Unwrap("r", wrapped); err != nil {
		t.Errorf("the old key no longer opens what it wrapped: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "none.json")); err != ErrNoKeys {
		t.Errorf("Open of a missing file: %v", err)
	}
	if _, err := Parse([]byte(`{"version":2}`)); err == nil {
		t.Error("an unknown version was accepted")
	}
}

func TestBlindIndex(t *testing.T) {
	v, err := Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	_, a, _ := v.BlindIndexPrimary("name_dob", []byte("anna|1990-01-02"), 15)
	_, b, _ := v.BlindIndexPrimary("name_dob", []byte("anna|1990-01-02"), 15)
	_, c, _ := v.BlindIndexPrimary("name_ym", []byte("anna|1990-01-02"), 15)
	if a != b {
		t.Error("blind index not deterministic")
	}
	if a == c {
		t.Error("two indexes share a key: the same value gives the same index")
	}
	for i := range 2000 {
		_, x, _ := v.BlindIndexPrimary("n", []byte(strconv.Itoa(i)), 15)
		n, err := strconv.ParseUint(x, 16, 64)
		if err != nil || n >= 1<<15 {
			t.Fatalf("index %q is not truncated to 15 bits", x)
		}
	}
	old := v.IndexKeyID()
	if _, err := v.RotateIndex(); err != nil {
		t.Fatal(err)
	}
	all, err := v.BlindIndex("name_dob", []byte("anna|1990-01-02"), 15)
	if err != nil || len(all) != 2 || all[old] != a {
		t.Fatalf("after rotation: %v, %v", all, err)
	}
	if ids := v.IndexKeyIDs(); len(ids) != 2 || ids[0] == old {
		t.Errorf("IndexKeyIDs = %v: the new primary must come first", ids)
	}
}

func TestCheckpointSigner(t *testing.T) {
	v, err := Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	msg, err := note.Sign(&note.Note{Text: "schakel.test\n1\nAAAA\n"}, v.Signer())
	if err != nil {
		t.Fatal(err)
	}
	ver, err := note.NewVerifier(v.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := note.Open(msg, note.VerifierList(ver)); err != nil {
		t.Fatalf("checkpoint does not verify with the published key: %v", err)
	}
}
