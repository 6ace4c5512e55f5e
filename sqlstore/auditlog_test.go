package sqlstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
)

// auditFixture is a store with a sequenced, checkpointed audit log and a
// copy of the last checkpoint kept "elsewhere".
func auditFixture(t *testing.T) (*fixture, []byte) {
	t.Helper()
	ctx := context.Background()
	f := newFixture(t)
	for range 3 {
		sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID); err != nil {
			t.Fatal(err)
		}
	}
	cp, err := f.st.LatestCheckpoint(ctx)
	if err != nil || cp == "" {
		t.Fatalf("checkpoint: %q %v", cp, err)
	}
	return f, []byte(cp)
}

func TestAuditLogVerifies(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f, cp := auditFixture(t)
	vk := f.st.Keys().VerifierKey()
	rep, err := f.st.VerifyAudit(ctx, vk, cp)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Entries < 6 || rep.Checkpoints != 2 {
		t.Fatalf("untouched log: %+v", rep)
	}
	// More entries later: the old external checkpoint still holds.
	if _, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput()); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SequenceAudit(ctx, true); err != nil {
		t.Fatal(err)
	}
	rep, err = f.st.VerifyAudit(ctx, vk, cp)
	if err != nil || !rep.OK() {
		t.Fatalf("grown log: %+v %v", rep, err)
	}
	cp2, _ := f.st.LatestCheckpoint(ctx)
	if _, err := sqlstore.ParseCheckpoint([]byte(cp2), vk); err != nil {
		t.Fatal(err)
	}
	// A checkpoint whose text was altered, or checked with another key,
	// is not accepted.
	lines := strings.SplitN(cp2, "\n", 3)
	altered := lines[0] + "\n9999\n" + lines[2]
	if _, err := sqlstore.ParseCheckpoint([]byte(altered), vk); err == nil {
		t.Error("an altered checkpoint verified")
	}
	other, err := vault.Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlstore.ParseCheckpoint([]byte(cp2), other.VerifierKey()); err == nil {
		t.Error("a checkpoint verified with another installation's key")
	}
}

// TestAuditTamperDetected changes the log directly in the database, one
// way per row, and expects verification to fail.
func TestAuditTamperDetected(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	old := time.Now().Add(-time.Hour).UTC().Format("2006-01-02T15:04:05.000000Z")
	tests := []struct {
		name   string
		tamper []string
	}{
		{"an entry's object is changed", []string{`UPDATE audit_log SET object_id = 'other' WHERE seq = 2`}},
		{"an entry's user is changed", []string{`UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 0`}},
		{"an entry's time is changed", []string{`UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 1`}},
		{"an entry is deleted", []string{`DELETE FROM audit_log WHERE seq = 3`}},
		{"an entry is inserted in the middle", []string{
			`UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 2`,
			`UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1002`,
			`INSERT INTO audit_log (id, at, user_id, role, org, action, object_type, object_id, purpose, seq) VALUES ('X', '` + old + `', 'u', 'af', 'o', 'view', 'signal', 's', '', 2)`}},
		{"an entry is appended behind the head", []string{
			`INSERT INTO audit_log (id, at, user_id, role, org, action, object_type, object_id, purpose, seq) SELECT 'Y', at, user_id, role, org, action, object_type, object_id, purpose, (SELECT MAX(seq) + 1 FROM audit_log) FROM audit_log WHERE seq = 0`}},
		{"two entries are swapped", []string{
			`UPDATE audit_log SET seq = -1 WHERE seq = 1`, `UPDATE audit_log SET seq = 1 WHERE seq = 2`, `UPDATE audit_log SET seq = 2 WHERE seq = -1`}},
		{"a backdated entry is slipped in unsequenced", []string{
			`INSERT INTO audit_log (id, at, user_id, role, org, action, object_type, object_id, purpose) VALUES ('Z', '` + old + `', 'u', 'af', 'o', 'view', 'signal', 's', '')`}},
		{"the tail is cut and the head and checkpoints rewritten to match", []string{
			`DELETE FROM audit_log WHERE seq >= 4`, `DELETE FROM audit_checkpoints`, `UPDATE audit_head SET size = 0, hashes = ''`,
			`UPDATE audit_log SET seq = NULL`}},
		{"a stored checkpoint is altered", []string{`UPDATE audit_checkpoints SET root = 'AAAA'`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, cp := auditFixture(t)
			for _, q := range tt.tamper {
				if err := f.st.DB().Exec(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			// The tail-cut row rebuilds the log from what is left: the
			// attacker's best effort, re-sequenced and re-signed by the
			// server itself.
			if strings.HasPrefix(tt.name, "the tail") {
				if _, err := f.st.SequenceAudit(ctx, true); err != nil {
					t.Fatal(err)
				}
			}
			rep, err := f.st.VerifyAudit(ctx, f.st.Keys().VerifierKey(), cp)
			if err != nil {
				t.Fatal(err)
			}
			if rep.OK() {
				t.Fatalf("tampering not detected: %+v", rep)
			}
			t.Log(rep.Problems)
		})
	}
}

// TestForcedCheckpointOnce: placing a backlog larger than one batch with a
// forced checkpoint signs one checkpoint, at the end, not one per batch.
func TestForcedCheckpointOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f, _ := auditFixture(t) // one checkpoint already
	for range 300 {
		if _, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput()); err != nil {
			t.Fatal(err)
		}
	}
	size, err := f.st.SequenceAudit(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := f.st.DB().CountRows(ctx, "audit_checkpoints"); n != 2 {
		t.Errorf("%d checkpoints after placing a backlog of two batches, want 2 (one before, one now)", n)
	}
	cp, _ := f.st.StoredCheckpoint(ctx)
	parsed, err := sqlstore.ParseCheckpoint([]byte(cp), f.st.Keys().VerifierKey())
	if err != nil || parsed.Size != size {
		t.Errorf("newest checkpoint %+v, log size %d: %v", parsed, size, err)
	}
}
