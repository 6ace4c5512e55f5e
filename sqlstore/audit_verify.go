package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/schakel-nl/schakel"
)

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
	err := eachRow(ctx, q, `SELECT size, root, note FROM audit_checkpoints ORDER BY size`, nil, func(rows *sql.Rows) error {
		var size int64
		var root, msg string
		if err := rows.Scan(&size, &root, &msg); err != nil {
			return err
		}
		from := fmt.Sprintf("checkpoint %d", size)
		cp, err := ParseCheckpoint([]byte(msg), verifierKey)
		if err == nil && (cp.Size != size || base64.StdEncoding.EncodeToString(cp.Root) != root) {
			problem("%s: the stored size or root differs from the signed one", from)
		}
		addClaim([]byte(msg), from)
		return nil
	})
	if err != nil {
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
	var expect int64
	err = eachRow(ctx, q, `SELECT seq, `+auditColumns+` FROM audit_log WHERE seq IS NOT NULL ORDER BY seq`, nil, func(rows *sql.Rows) error {
		var seq int64
		var r auditRow
		if err := rows.Scan(append([]any{&seq}, r.scanArgs()...)...); err != nil {
			return err
		}
		if seq != expect {
			problem("entry at position %d is missing (next found: %d)", expect, seq)
			expect = seq
		}
		if err := rng.Append(r.leaf(seq), nil); err != nil {
			return err
		}
		expect++
		return check()
	})
	if err != nil {
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
	err = eachRow(ctx, q, `SELECT id, at FROM audit_log WHERE seq IS NULL ORDER BY id`, nil, func(rows *sql.Rows) error {
		var id, at string
		if err := rows.Scan(&id, &at); err != nil {
			return err
		}
		rep.Pending++
		if lastCheckpointAt != "" && at < lastCheckpointAt && parseTS(lastCheckpointAt).Sub(parseTS(at)) > 5*time.Minute {
			problem("entry %s is dated %s, before the last checkpoint, but was never sequenced: inserted afterwards", id, at)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
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
