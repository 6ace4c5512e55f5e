package sqlstore

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/note"
)

// The audit trail is a Merkle log (RFC 6962 hashing: leaves and inner
// nodes are hashed with different prefixes, so neither can pose as the
// other). An entry is written in the transaction of what it records. The
// sequencer gives waiting entries the next positions, hashes them into
// the tree (keeping only the compact range, a few hashes, in audit_head),
// and now and then signs a checkpoint: origin, size and root in the
// sumdb note format. A changed, removed, inserted or reordered entry no
// longer gives the signed roots; a log cut short is shorter than a
// checkpoint kept elsewhere.

var (
	hasher   = rfc6962.DefaultHasher
	rangeFac = &compact.RangeFactory{Hash: hasher.HashChildren}
)

// auditLeaf is the canonical form of an entry as hashed: every column,
// its position included, one per line, under a versioned label.
func auditLeaf(seq int64, id, at, user, role, org, action, objType, objID, purpose string) []byte {
	return []byte(strings.Join([]string{"schakel-audit-entry/v1", strconv.FormatInt(seq, 10), id, at, user, role, org,
		action, objType, objID, purpose}, "\n"))
}

const auditColumns = `id, at, user_id, role, org, action, object_type, object_id, purpose`

type auditRow struct{ id, at, user, role, org, action, objType, objID, purpose string }

func (r *auditRow) scanArgs() []any {
	return []any{&r.id, &r.at, &r.user, &r.role, &r.org, &r.action, &r.objType, &r.objID, &r.purpose}
}

func (r *auditRow) leaf(seq int64) []byte {
	return hasher.HashLeaf(auditLeaf(seq, r.id, r.at, r.user, r.role, r.org, r.action, r.objType, r.objID, r.purpose))
}

func encodeHashes(hs [][]byte) string {
	parts := make([]string, len(hs))
	for i, h := range hs {
		parts[i] = base64.StdEncoding.EncodeToString(h)
	}
	return strings.Join(parts, " ")
}

func decodeHashes(s string) ([][]byte, error) {
	if s == "" {
		return nil, nil
	}
	var out [][]byte
	for _, p := range strings.Split(s, " ") {
		h, err := base64.StdEncoding.DecodeString(p)
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, nil
}

func rootOf(r *compact.Range) ([]byte, error) {
	if r.End() == 0 {
		return hasher.EmptyRoot(), nil
	}
	return r.GetRootHash(nil)
}

// CheckpointEvery is how often the sequencer signs a checkpoint while the
// log grows.
var CheckpointEvery = time.Minute

// sequenceBatch bounds the entries one sequencer transaction integrates:
// small enough that the other writers get their turn in between (on
// SQLite one writer at a time), so that sequencing does not show in their
// tail latency.
const sequenceBatch = 250

// SequenceAudit integrates the waiting audit entries into the tree and
// signs a checkpoint when one is due (or forced). It returns the log's
// size. Instances may run it at once: the head row serialises them.
func (s *Store) SequenceAudit(ctx context.Context, force bool) (int64, error) {
	var size int64
	for {
		n, err := s.sequenceOnce(ctx, force, &size)
		if err != nil {
			return 0, err
		}
		if n < sequenceBatch {
			return size, nil
		}
	}
}

func (s *Store) sequenceOnce(ctx context.Context, force bool, sizeOut *int64) (int, error) {
	var added int
	err := s.db.inTx(ctx, func(tx querier) error {
		now := s.now()
		// Lock the head first: a second sequencer waits here and then
		// sees what the first did.
		if _, err := tx.exec(ctx, `UPDATE audit_head SET updated_at = ? WHERE id = 1`, ts(now)); err != nil {
			return err
		}
		var size int64
		var enc string
		if err := tx.row(ctx, `SELECT size, hashes FROM audit_head WHERE id = 1`).Scan(&size, &enc); err != nil {
			return err
		}
		hs, err := decodeHashes(enc)
		if err != nil {
			return fmt.Errorf("audit head: %w", err)
		}
		rng, err := rangeFac.NewRange(0, uint64(size), hs)
		if err != nil {
			return fmt.Errorf("audit head: %w", err)
		}
		batch, err := collect(ctx, tx, `SELECT `+auditColumns+` FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT ?`, []any{sequenceBatch}, (*auditRow).scanArgs)
		if err != nil {
			return err
		}
		for _, r := range batch {
			if err := rng.Append(r.leaf(size), nil); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `UPDATE audit_log SET seq = ? WHERE id = ? AND seq IS NULL`, size, r.id); err != nil {
				return err
			}
			size++
		}
		added = len(batch)
		*sizeOut = size
		if added > 0 {
			if _, err := tx.exec(ctx, `UPDATE audit_head SET size = ?, hashes = ? WHERE id = 1`, size, encodeHashes(rng.Hashes())); err != nil {
				return err
			}
		}
		var lastSize int64
		var lastAt string
		err = tx.row(ctx, `SELECT size, at FROM audit_checkpoints ORDER BY size DESC LIMIT 1`).Scan(&lastSize, &lastAt)
		if err != nil && !isNoRows(err) {
			return err
		}
		// A forced checkpoint is signed once, on the batch that ends the
		// backlog, not on each batch on the way there.
		forced := force && added < sequenceBatch
		due := size > lastSize && (forced || isNoRows(err) || now.Sub(parseTS(lastAt)) >= CheckpointEvery)
		if !due {
			return nil
		}
		root, err := rootOf(rng)
		if err != nil {
			return err
		}
		signed, err := s.signCheckpoint(size, root)
		if err != nil {
			return err
		}
		_, err = tx.exec(ctx, `INSERT INTO audit_checkpoints (size, root, note, at) VALUES (?, ?, ?, ?)`,
			size, base64.StdEncoding.EncodeToString(root), signed, ts(now))
		return err
	})
	return added, err
}

// checkpointText is the tlog checkpoint body: origin, size, root.
func checkpointText(origin string, size int64, root []byte) string {
	return fmt.Sprintf("%s\n%d\n%s\n", origin, size, base64.StdEncoding.EncodeToString(root))
}

func (s *Store) signCheckpoint(size int64, root []byte) (string, error) {
	signer := s.keys.Signer()
	msg, err := note.Sign(&note.Note{Text: checkpointText(signer.Name()+"/audit", size, root)}, signer)
	return string(msg), err
}

// LatestCheckpoint returns the newest signed checkpoint, after integrating
// whatever waits: the text to keep in a separate system.
func (s *Store) LatestCheckpoint(ctx context.Context) (string, error) {
	if _, err := s.SequenceAudit(ctx, true); err != nil {
		return "", err
	}
	return s.StoredCheckpoint(ctx)
}

// Checkpoint is a parsed, verified checkpoint.
type Checkpoint struct {
	Origin string
	Size   int64
	Root   []byte
}

// ParseCheckpoint verifies a signed checkpoint with the verifier key and
// reads it.
func ParseCheckpoint(msg []byte, verifierKey string) (*Checkpoint, error) {
	v, err := note.NewVerifier(verifierKey)
	if err != nil {
		return nil, fmt.Errorf("verifier key: %w", err)
	}
	n, err := note.Open(msg, note.VerifierList(v))
	if err != nil {
		return nil, fmt.Errorf("checkpoint signature: %w", err)
	}
	lines := strings.Split(n.Text, "\n")
	if len(lines) < 4 {
		return nil, fmt.Errorf("checkpoint: malformed")
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 {
		return nil, fmt.Errorf("checkpoint: bad size")
	}
	root, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil {
		return nil, fmt.Errorf("checkpoint: bad root")
	}
	return &Checkpoint{Origin: lines[0], Size: size, Root: root}, nil
}

// AuditReport is what VerifyAudit found.
type AuditReport struct {
	Entries     int64    `json:"entries"`     // sequenced entries checked
	Pending     int      `json:"pending"`     // entries not yet sequenced
	Checkpoints int      `json:"checkpoints"` // signed checkpoints checked
	Problems    []string `json:"problems"`    // empty when the log is whole
}

// OK reports whether the log is whole.
func (r *AuditReport) OK() bool { return len(r.Problems) == 0 }

// VerifyAudit recomputes the tree from every entry and checks it against
// the head, every stored checkpoint and the external checkpoints given
// (kept in a separate system): each must be signed by the verifier key and
// have the root of the log at its size.
func (s *Store) VerifyAudit(ctx context.Context, verifierKey string, external ...[]byte) (*AuditReport, error) {
	rep := &AuditReport{}
	q := s.db.reader()
	problem := func(format string, args ...any) { rep.Problems = append(rep.Problems, fmt.Sprintf(format, args...)) }

	// Checkpoints to meet on the way: size → roots claimed.
	type claim struct {
		root []byte
		from string
	}
	claims := map[int64][]claim{}
	var maxClaim int64
	addClaim := func(msg []byte, from string) {
		cp, err := ParseCheckpoint(msg, verifierKey)
		if err != nil {
			problem("%s: %v", from, err)
			return
		}
		rep.Checkpoints++
		claims[cp.Size] = append(claims[cp.Size], claim{cp.Root, from})
		maxClaim = max(maxClaim, cp.Size)
	}
	rows, err := q.query(ctx, `SELECT size, root, note FROM audit_checkpoints ORDER BY size`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var size int64
		var root, msg string
		if err := rows.Scan(&size, &root, &msg); err != nil {
			rows.Close()
			return nil, err
		}
		from := fmt.Sprintf("checkpoint %d", size)
		cp, err := ParseCheckpoint([]byte(msg), verifierKey)
		if err == nil && (cp.Size != size || base64.StdEncoding.EncodeToString(cp.Root) != root) {
			problem("%s: the stored size or root differs from the signed one", from)
		}
		addClaim([]byte(msg), from)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, e := range external {
		addClaim(e, fmt.Sprintf("external checkpoint %d", i+1))
	}

	var lastCheckpointAt string
	_ = q.row(ctx, `SELECT COALESCE(MAX(at), '') FROM audit_checkpoints`).Scan(&lastCheckpointAt)

	rng := rangeFac.NewEmptyRange(0)
	check := func() error {
		cs, ok := claims[int64(rng.End())]
		if !ok {
			return nil
		}
		root, err := rootOf(rng)
		if err != nil {
			return err
		}
		for _, c := range cs {
			if !bytes.Equal(root, c.root) {
				problem("%s: the entries up to %d no longer give its root: an entry was changed, removed, inserted or moved", c.from, rng.End())
			}
		}
		return nil
	}
	if err := check(); err != nil {
		return nil, err
	}
	rows, err = q.query(ctx, `SELECT seq, `+auditColumns+` FROM audit_log WHERE seq IS NOT NULL ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	var expect int64
	for rows.Next() {
		var seq int64
		var r auditRow
		if err := rows.Scan(append([]any{&seq}, r.scanArgs()...)...); err != nil {
			rows.Close()
			return nil, err
		}
		if seq != expect {
			problem("entry at position %d is missing (next found: %d)", expect, seq)
			expect = seq
		}
		if err := rng.Append(r.leaf(seq), nil); err != nil {
			rows.Close()
			return nil, err
		}
		expect++
		if err := check(); err != nil {
			rows.Close()
			return nil, err
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rep.Entries = int64(rng.End())
	if maxClaim > rep.Entries {
		problem("the log holds %d entries but a checkpoint vouches for %d: its end was cut off", rep.Entries, maxClaim)
	}
	var headSize int64
	var enc string
	if err := q.row(ctx, `SELECT size, hashes FROM audit_head WHERE id = 1`).Scan(&headSize, &enc); err != nil {
		return nil, err
	}
	if headSize != rep.Entries {
		problem("the head says %d entries, the log holds %d", headSize, rep.Entries)
	} else if hs, err := decodeHashes(enc); err != nil {
		problem("the head is unreadable: %v", err)
	} else if head, err := rangeFac.NewRange(0, uint64(headSize), hs); err != nil || !head.Equal(rng) {
		problem("the head's tree differs from the entries")
	}
	// An entry waiting to be sequenced that claims a time before the last
	// checkpoint was written later than it says.
	rows, err = q.query(ctx, `SELECT id, at FROM audit_log WHERE seq IS NULL ORDER BY id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, at string
		if err := rows.Scan(&id, &at); err != nil {
			rows.Close()
			return nil, err
		}
		rep.Pending++
		if lastCheckpointAt != "" && at < lastCheckpointAt && parseTS(lastCheckpointAt).Sub(parseTS(at)) > 5*time.Minute {
			problem("entry %s is dated %s, before the last checkpoint, but was never sequenced: inserted afterwards", id, at)
		}
	}
	rows.Close()
	return rep, rows.Err()
}

// StoredCheckpoint returns the newest signed checkpoint as stored, without
// integrating first.
func (s *Store) StoredCheckpoint(ctx context.Context) (string, error) {
	var n string
	err := s.db.reader().row(ctx, `SELECT note FROM audit_checkpoints ORDER BY size DESC LIMIT 1`).Scan(&n)
	if isNoRows(err) {
		return "", nil
	}
	return n, err
}

// SplitCheckpoints splits a file of signed checkpoints written one after
// another (as serve's export does) into single notes. A note ends with its
// signature lines, which start with an em dash.
func SplitCheckpoints(data []byte) [][]byte {
	var out [][]byte
	var cur []string
	signed := false
	flush := func() {
		if len(cur) > 0 && signed {
			out = append(out, []byte(strings.Join(cur, "\n")+"\n"))
		}
		cur, signed = nil, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		isSig := strings.HasPrefix(line, "— ")
		if signed && !isSig {
			flush()
		}
		if line == "" && len(cur) == 0 {
			continue
		}
		cur = append(cur, line)
		signed = signed || isSig
	}
	flush()
	return out
}

// CheckAudit verifies the log for the privacy officer against the
// installation's own verifier key and the stored checkpoints, and records
// that it did.
func (s *Store) CheckAudit(ctx context.Context, u *schakel.User, external ...[]byte) (*AuditReport, error) {
	if err := requireRole(u, schakel.RolePrivacy); err != nil {
		return nil, err
	}
	if _, err := s.SequenceAudit(ctx, false); err != nil {
		return nil, internal("audit verify", err)
	}
	rep, err := s.VerifyAudit(ctx, s.keys.VerifierKey(), external...)
	if err != nil {
		return nil, internal("audit verify", err)
	}
	err = s.db.inTx(ctx, func(tx querier) error {
		return audit(ctx, tx, s.now(), u, "verify", "audit", "", "privacy_supervision")
	})
	return rep, internal("audit verify", err)
}

// RunAuditSequencer places new audit entries in the log every interval
// until ctx ends, calling after with each pass's error (nil when it went
// well; a pass cut short by ctx is not reported).
func (s *Store) RunAuditSequencer(ctx context.Context, every time.Duration, after func(error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		_, err := s.SequenceAudit(ctx, false)
		if ctx.Err() != nil {
			return
		}
		after(err)
	}
}
