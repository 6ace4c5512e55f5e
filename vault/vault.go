// Package vault holds Schakel's keys and the cryptography built on them:
// envelope encryption of personal data (Tink AEAD), keyed blind indexes for
// matching persons without disclosing them (Tink PRF), and the signing key
// of the audit trail's checkpoints (a note signer).
//
// The keys live outside the database, in a file or an environment
// variable: whoever copies the database gets ciphertext only.
//
//   - The key-encryption keyset (AEAD) wraps one data key per record. A
//     record's fields are sealed with its data key; erasing a record is
//     destroying that key (crypto-shredding). Rotating adds a new primary
//     key; a background job re-wraps every data key under it.
//   - The index keyset (PRF) is separate: one derived key per blind index.
//   - The audit signer signs checkpoints of the audit log; its verifier key
//     is what an outside system needs to check them.
package vault

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/aead/subtle"
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/prf"
	tinkpb "github.com/tink-crypto/tink-go/v2/proto/tink_go_proto"
	"github.com/tink-crypto/tink-go/v2/tink"
	"golang.org/x/mod/sumdb/note"
)

// file is the on-disk form of the keys: two Tink keysets in their JSON
// form and a note signer key.
type file struct {
	Version     int             `json:"version"`
	Encryption  json.RawMessage `json:"encryption"`
	Index       json.RawMessage `json:"index"`
	AuditSigner string          `json:"audit_signer"`
}

// keys is one loaded generation of the key file.
type keys struct {
	encH   *keyset.Handle
	enc    tink.AEAD
	idxH   *keyset.Handle
	idx    *prf.Set
	skey   string
	signer note.Signer
	vkey   string
}

// Vault is the loaded keys. It is safe for concurrent use; Reload picks up
// a rotated key file without a restart.
type Vault struct {
	path string // empty when the keys came from the environment
	mu   sync.Mutex
	cur  atomic.Pointer[keys]
	// tokenReload is when an unknown token key last made OpenToken read
	// the file (Unix nanoseconds).
	tokenReload atomic.Int64
}

// ErrNoKeys is returned by Open when the key file does not exist.
var ErrNoKeys = errors.New("vault: key file does not exist")

// Generate makes a fresh set of keys.
func Generate(origin string) (*Vault, error) {
	encH, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	if err != nil {
		return nil, err
	}
	idxH, err := keyset.NewHandle(prf.HMACSHA256PRFKeyTemplate())
	if err != nil {
		return nil, err
	}
	skey, _, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		return nil, err
	}
	k, err := build(encH, idxH, skey)
	if err != nil {
		return nil, err
	}
	v := &Vault{}
	v.cur.Store(k)
	return v, nil
}

func build(encH, idxH *keyset.Handle, skey string) (*keys, error) {
	enc, err := aead.New(encH)
	if err != nil {
		return nil, fmt.Errorf("vault: encryption keyset: %w", err)
	}
	idx, err := prf.NewPRFSet(idxH)
	if err != nil {
		return nil, fmt.Errorf("vault: index keyset: %w", err)
	}
	signer, err := note.NewSigner(skey)
	if err != nil {
		return nil, fmt.Errorf("vault: audit signer: %w", err)
	}
	vkey, err := verifierKey(skey)
	if err != nil {
		return nil, err
	}
	return &keys{encH: encH, enc: enc, idxH: idxH, idx: idx, skey: skey, signer: signer, vkey: vkey}, nil
}

// verifierKey derives the public verifier key from a note signer key.
func verifierKey(skey string) (string, error) {
	// PRIVATE+KEY+<name>+<hash>+<base64(alg||seed)>
	parts := strings.SplitN(skey, "+", 5)
	if len(parts) != 5 {
		return "", errors.New("vault: malformed audit signer key")
	}
	raw, err := base64.StdEncoding.DecodeString(parts[4])
	if err != nil || len(raw) != 33 || raw[0] != 1 {
		return "", errors.New("vault: malformed audit signer key")
	}
	pub := ed25519.NewKeyFromSeed(raw[1:]).Public().(ed25519.PublicKey)
	return note.NewEd25519VerifierKey(parts[2], pub)
}

// Parse reads keys from their JSON form.
func Parse(data []byte) (*Vault, error) {
	k, err := parse(data)
	if err != nil {
		return nil, err
	}
	v := &Vault{}
	v.cur.Store(k)
	return v, nil
}

func parse(data []byte) (*keys, error) {
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("vault: key file: %w", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("vault: key file version %d not supported", f.Version)
	}
	encH, err := insecurecleartextkeyset.Read(keyset.NewJSONReader(bytes.NewReader(f.Encryption)))
	if err != nil {
		return nil, fmt.Errorf("vault: encryption keyset: %w", err)
	}
	idxH, err := insecurecleartextkeyset.Read(keyset.NewJSONReader(bytes.NewReader(f.Index)))
	if err != nil {
		return nil, fmt.Errorf("vault: index keyset: %w", err)
	}
	return build(encH, idxH, f.AuditSigner)
}

// Open loads the key file at path; ErrNoKeys when it does not exist.
func Open(path string) (*Vault, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNoKeys
	}
	if err != nil {
		return nil, err
	}
	v, err := Parse(data)
	if err != nil {
		return nil, err
	}
	v.path = path
	return v, nil
}

// Marshal is the JSON form of the keys: secret, to be kept outside the
// database with the rights of a password file.
func (v *Vault) Marshal() ([]byte, error) {
	k := v.cur.Load()
	var enc, idx bytes.Buffer
	if err := insecurecleartextkeyset.Write(k.encH, keyset.NewJSONWriter(&enc)); err != nil {
		return nil, err
	}
	if err := insecurecleartextkeyset.Write(k.idxH, keyset.NewJSONWriter(&idx)); err != nil {
		return nil, err
	}
	return json.MarshalIndent(file{Version: 1, Encryption: enc.Bytes(), Index: idx.Bytes(), AuditSigner: k.skey}, "", "  ")
}

// Save writes the keys to path atomically (temporary file, fsync, rename)
// readable by the owner only, and remembers path for Reload.
func (v *Vault) Save(path string) error {
	data, err := v.Marshal()
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".keys-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	v.path = path
	return nil
}

// Reload reads the key file again, after a rotation by another process.
// Keys from the environment cannot be reloaded.
func (v *Vault) Reload() error { return v.ReloadChecked(nil) }

// ErrNotReloadable is returned by a reload of keys that came from the
// environment (or were generated): there is no file to read again.
var ErrNotReloadable = errors.New("vault: keys came from the environment and cannot be reloaded")

// ErrOtherInstallation is returned by a reload that finds the key file
// replaced by one with another audit signer: the signer never changes, so
// such a file belongs to another installation, and the loaded keys stay.
var ErrOtherInstallation = errors.New("vault: the key file now holds another installation's keys (another audit signer); keeping the keys loaded at start")

// ReloadChecked is Reload that takes the file's keys only when check (if
// not nil) accepts them, for instance when they still open what the
// database holds. A file with another audit signer is never taken.
func (v *Vault) ReloadChecked(check func(candidate *Vault) error) error {
	if v.path == "" {
		return ErrNotReloadable
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	data, err := os.ReadFile(v.path)
	if err != nil {
		return err
	}
	k, err := parse(data)
	if err != nil {
		return err
	}
	if k.skey != v.cur.Load().skey {
		return ErrOtherInstallation
	}
	if check != nil {
		c := &Vault{}
		c.cur.Store(k)
		if err := check(c); err != nil {
			return err
		}
	}
	v.cur.Store(k)
	return nil
}

// RotateEncryption adds a new primary key-encryption key; the old ones stay
// to unwrap what they wrapped until the re-wrap job has run.
func (v *Vault) RotateEncryption() (uint32, error) {
	return v.rotate(func(k *keys) (*keyset.Handle, *keyset.Handle, error) {
		h, _, err := addPrimary(k.encH, aead.AES256GCMKeyTemplate())
		return h, k.idxH, err
	}, func(k *keys) uint32 { return k.encH.KeysetInfo().GetPrimaryKeyId() })
}

// RotateIndex adds a new primary index key; lookups use every key until the
// re-index job has moved all entries to the new one.
func (v *Vault) RotateIndex() (uint32, error) {
	return v.rotate(func(k *keys) (*keyset.Handle, *keyset.Handle, error) {
		h, _, err := addPrimary(k.idxH, prf.HMACSHA256PRFKeyTemplate())
		return k.encH, h, err
	}, func(k *keys) uint32 { return k.idx.PrimaryID })
}

func (v *Vault) rotate(add func(*keys) (*keyset.Handle, *keyset.Handle, error), primary func(*keys) uint32) (uint32, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	k := v.cur.Load()
	encH, idxH, err := add(k)
	if err != nil {
		return 0, err
	}
	nk, err := build(encH, idxH, k.skey)
	if err != nil {
		return 0, err
	}
	v.cur.Store(nk)
	return primary(nk), nil
}

// ErrPrimary is returned when retiring the primary key, which is in use
// by definition: rotate first.
var ErrPrimary = errors.New("vault: the primary key cannot be retired; rotate to a new primary key first")

// ErrUnknownKey is returned when retiring a key the file does not hold.
var ErrUnknownKey = errors.New("vault: no such key in the key file")

// RetireEncryption removes a key-encryption key that is not the primary.
// The caller makes sure that nothing is wrapped under it any more.
func (v *Vault) RetireEncryption(id uint32) error {
	return v.retire(func(k *keys) (*keyset.Handle, *keyset.Handle, error) {
		h, err := deleteKey(k.encH, id)
		return h, k.idxH, err
	})
}

// RetireIndex removes an index key that is not the primary. The caller
// makes sure that no index entry is under it any more.
func (v *Vault) RetireIndex(id uint32) error {
	return v.retire(func(k *keys) (*keyset.Handle, *keyset.Handle, error) {
		h, err := deleteKey(k.idxH, id)
		return k.encH, h, err
	})
}

func (v *Vault) retire(del func(*keys) (*keyset.Handle, *keyset.Handle, error)) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	k := v.cur.Load()
	encH, idxH, err := del(k)
	if err != nil {
		return err
	}
	nk, err := build(encH, idxH, k.skey)
	if err != nil {
		return err
	}
	v.cur.Store(nk)
	return nil
}

func deleteKey(h *keyset.Handle, id uint32) (*keyset.Handle, error) {
	if h.KeysetInfo().GetPrimaryKeyId() == id {
		return nil, ErrPrimary
	}
	if !hasKey(h, id) {
		return nil, ErrUnknownKey
	}
	m := keyset.NewManagerFromHandle(h)
	if err := m.Delete(id); err != nil {
		return nil, err
	}
	return m.Handle()
}

func hasKey(h *keyset.Handle, id uint32) bool {
	for _, ki := range h.KeysetInfo().GetKeyInfo() {
		if ki.GetKeyId() == id {
			return true
		}
	}
	return false
}

func addPrimary(h *keyset.Handle, tmpl *tinkpb.KeyTemplate) (*keyset.Handle, uint32, error) {
	m := keyset.NewManagerFromHandle(h)
	id, err := m.Add(tmpl)
	if err != nil {
		return nil, 0, err
	}
	if err := m.SetPrimary(id); err != nil {
		return nil, 0, err
	}
	nh, err := m.Handle()
	return nh, id, err
}

// EncryptionKeyID is the id of the primary key-encryption key.
func (v *Vault) EncryptionKeyID() uint32 {
	return v.cur.Load().encH.KeysetInfo().GetPrimaryKeyId()
}

// IndexKeyID is the id of the primary index key.
func (v *Vault) IndexKeyID() uint32 { return v.cur.Load().idx.PrimaryID }

// EncryptionKeyIDs are the ids of every key-encryption key, the primary
// first.
func (v *Vault) EncryptionKeyIDs() []uint32 {
	info := v.cur.Load().encH.KeysetInfo()
	ids := []uint32{info.GetPrimaryKeyId()}
	for _, ki := range info.GetKeyInfo() {
		if ki.GetKeyId() != info.GetPrimaryKeyId() {
			ids = append(ids, ki.GetKeyId())
		}
	}
	return ids
}

// IndexKeyIDs are the ids of every index key, the primary first.
func (v *Vault) IndexKeyIDs() []uint32 {
	s := v.cur.Load().idx
	ids := []uint32{s.PrimaryID}
	for id := range s.PRFs {
		if id != s.PrimaryID {
			ids = append(ids, id)
		}
	}
	return ids
}

// DataKey is one record's data-encryption key, with the key that binds
// the record's unsealed columns (see Bind), derived from it. The cipher is
// set up at its first use: checking a list's bindings needs none.
type DataKey struct {
	raw     []byte
	once    sync.Once
	gcm     *subtle.AESGCM
	gcmErr  error
	binding Binder
}

// dataKey makes the DataKey of raw key material.
func dataKey(raw []byte) (*DataKey, error) {
	if len(raw) != 32 {
		return nil, fmt.Errorf("vault: data key of %d bytes", len(raw))
	}
	return &DataKey{raw: raw, binding: Binder{key: bindingKey(raw)}}, nil
}

// cipher is the record's AES-GCM.
func (k *DataKey) cipher() (*subtle.AESGCM, error) {
	k.once.Do(func() { k.gcm, k.gcmErr = subtle.NewAESGCM(k.raw) })
	return k.gcm, k.gcmErr
}

// NewDataKey makes a fresh data key for record and returns it with its
// wrapped form (to store beside the record) and the id of the key that
// wrapped it.
func (v *Vault) NewDataKey(record string) (*DataKey, []byte, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, nil, err
	}
	wrapped, err := v.cur.Load().enc.Encrypt(raw, wrapAD(record))
	if err != nil {
		return nil, nil, err
	}
	dk, err := dataKey(raw)
	if err != nil {
		return nil, nil, err
	}
	return dk, wrapped, nil
}

func wrapAD(record string) []byte { return []byte("schakel/record-key/v1/" + record) }

// Unwrap opens a record's wrapped data key. A key wrapped under a key this
// process does not know yet (rotated by another process) triggers one
// reload of the key file.
func (v *Vault) Unwrap(record string, wrapped []byte) (*DataKey, error) {
	raw, err := v.cur.Load().enc.Decrypt(wrapped, wrapAD(record))
	if err != nil && v.path != "" && !v.knows(KeyIDOf(wrapped)) {
		if v.Reload() == nil {
			raw, err = v.cur.Load().enc.Decrypt(wrapped, wrapAD(record))
		}
	}
	if err != nil {
		return nil, fmt.Errorf("vault: unwrap record key: %w", err)
	}
	return dataKey(raw)
}

// Rewrap re-encrypts a wrapped data key under the primary key.
func (v *Vault) Rewrap(record string, wrapped []byte) ([]byte, error) {
	k := v.cur.Load()
	raw, err := k.enc.Decrypt(wrapped, wrapAD(record))
	if err != nil {
		return nil, fmt.Errorf("vault: rewrap record key: %w", err)
	}
	return k.enc.Encrypt(raw, wrapAD(record))
}

func (v *Vault) knows(id uint32) bool { return hasKey(v.cur.Load().encH, id) }

// Key canaries: a small value under each key that a database depends on,
// stored in that database, so that a key file that does not belong to it
// is refused before anything is read or written with it.

const canaryAD = "schakel/key-canary/v1"

// SealCanary encrypts a random value under the key-encryption key id (not
// necessarily the primary).
func (v *Vault) SealCanary(id uint32) ([]byte, error) {
	k := v.cur.Load()
	if !hasKey(k.encH, id) {
		return nil, ErrUnknownKey
	}
	m := keyset.NewManagerFromHandle(k.encH)
	if err := m.SetPrimary(id); err != nil {
		return nil, err
	}
	h, err := m.Handle()
	if err != nil {
		return nil, err
	}
	a, err := aead.New(h)
	if err != nil {
		return nil, err
	}
	plain := make([]byte, 16)
	if _, err := rand.Read(plain); err != nil {
		return nil, err
	}
	return a.Encrypt(plain, []byte(canaryAD))
}

// OpenCanary reports whether a canary made by SealCanary opens with these
// keys.
func (v *Vault) OpenCanary(ct []byte) error {
	_, err := v.cur.Load().enc.Decrypt(ct, []byte(canaryAD))
	return err
}

// IndexCanary is the index key id's output for a fixed input, kept in
// full: whoever holds the key computes it again, nobody else can.
func (v *Vault) IndexCanary(id uint32) (string, error) {
	p, ok := v.cur.Load().idx.PRFs[id]
	if !ok {
		return "", ErrUnknownKey
	}
	out, err := p.ComputePRF([]byte(canaryAD), 32)
	if err != nil {
		return "", err
	}
	return base64.RawStdEncoding.EncodeToString(out), nil
}

// HasIndexKey reports whether the index keyset holds id.
func (v *Vault) HasIndexKey(id uint32) bool {
	_, ok := v.cur.Load().idx.PRFs[id]
	return ok
}

// SealToken encrypts a short value that is handed to a client and comes
// back (a page cursor), bound to ad: it tells the client nothing and
// cannot be forged or moved to another context.
func (v *Vault) SealToken(plain, ad []byte) ([]byte, error) {
	return v.cur.Load().enc.Encrypt(plain, tokenAD(ad))
}

// OpenToken opens a value sealed by SealToken for the same ad. A token
// sealed under a key this process does not know yet (another instance
// read a rotated key file first) triggers a reload of the key file, at
// most once a second: a token comes from outside, and forged ones must
// not make every request read the file.
func (v *Vault) OpenToken(ct, ad []byte) ([]byte, error) {
	plain, err := v.cur.Load().enc.Decrypt(ct, tokenAD(ad))
	if err != nil && v.path != "" && !v.knows(KeyIDOf(ct)) {
		now := time.Now().UnixNano()
		last := v.tokenReload.Load()
		if now-last > int64(time.Second) && v.tokenReload.CompareAndSwap(last, now) && v.Reload() == nil {
			plain, err = v.cur.Load().enc.Decrypt(ct, tokenAD(ad))
		}
	}
	return plain, err
}

func tokenAD(ad []byte) []byte { return append([]byte("schakel/token/v1/"), ad...) }

// KeyIDOf reads the id of the key that wrapped a data key from Tink's
// ciphertext prefix (one version byte, four bytes of key id).
func KeyIDOf(wrapped []byte) uint32 {
	if len(wrapped) < 5 {
		return 0
	}
	return binary.BigEndian.Uint32(wrapped[1:5])
}

const sealPrefix = "e1:"

// Seal encrypts one field. ad binds the ciphertext to its place (table,
// column, row), so that a ciphertext moved to another row does not open.
// The empty string stays empty.
func (k *DataKey) Seal(ad, plain string) string {
	if plain == "" {
		return ""
	}
	gcm, err := k.cipher()
	if err != nil {
		// A 32-byte key always makes a cipher (dataKey checks the size).
		panic(fmt.Sprintf("vault: seal: %v", err))
	}
	ct, err := gcm.Encrypt([]byte(plain), []byte(ad))
	if err != nil {
		// AES-GCM encryption fails only on absurd sizes.
		panic(fmt.Sprintf("vault: seal: %v", err))
	}
	return sealPrefix + base64.RawStdEncoding.EncodeToString(ct)
}

// Open decrypts one field sealed with Seal.
func (k *DataKey) Open(ad, sealed string) (string, error) {
	if sealed == "" {
		return "", nil
	}
	if !strings.HasPrefix(sealed, sealPrefix) {
		return "", errors.New("vault: field is not sealed")
	}
	ct, err := base64.RawStdEncoding.DecodeString(sealed[len(sealPrefix):])
	if err != nil {
		return "", fmt.Errorf("vault: sealed field: %w", err)
	}
	gcm, err := k.cipher()
	if err != nil {
		return "", err
	}
	pt, err := gcm.Decrypt(ct, []byte(ad))
	if err != nil {
		return "", fmt.Errorf("vault: open field: %w", err)
	}
	return string(pt), nil
}

// BlindIndex computes the keyed index of value for the index called name
// under every index key: key id → index value. Each index has its own key,
// derived from the index key by the PRF, so that equal values in two
// indexes do not show up as equal. Values are truncated to bits bits (see
// docs/security.md for the choice).
func (v *Vault) BlindIndex(name string, value []byte, bits int) (map[uint32]string, error) {
	s := v.cur.Load().idx
	out := make(map[uint32]string, len(s.PRFs))
	for id, p := range s.PRFs {
		x, err := blind(p, name, value, bits)
		if err != nil {
			return nil, err
		}
		out[id] = x
	}
	return out, nil
}

// BlindIndexPrimary is BlindIndex under the primary index key only.
func (v *Vault) BlindIndexPrimary(name string, value []byte, bits int) (uint32, string, error) {
	s := v.cur.Load().idx
	x, err := blind(s.PRFs[s.PrimaryID], name, value, bits)
	return s.PrimaryID, x, err
}

func blind(p prf.PRF, name string, value []byte, bits int) (string, error) {
	sub, err := p.ComputePRF([]byte("schakel/blind-index/v1/"+name), 32)
	if err != nil {
		return "", err
	}
	m := hmac.New(sha256.New, sub)
	m.Write(value)
	sum := m.Sum(nil)
	// Keep the first bits bits, as a number in hex.
	n := binary.BigEndian.Uint64(sum[:8]) >> (64 - bits)
	return fmt.Sprintf("%x", n), nil
}

// Signer signs audit checkpoints.
func (v *Vault) Signer() note.Signer { return v.cur.Load().signer }

// VerifierKey is the public key that checks audit checkpoints.
func (v *Vault) VerifierKey() string { return v.cur.Load().vkey }
