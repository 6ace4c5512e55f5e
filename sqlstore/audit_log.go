package sqlstore

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

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
