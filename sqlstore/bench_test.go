package sqlstore_test

import (
	"context"
	"testing"

	"github.com/schakel-nl/schakel/sqlstore"
)

// Go benchmarks of the store's hot paths; the load script
// (cmd/schakel-bench) measures them through HTTP with many clients.

func BenchmarkCreateSignal(b *testing.B) {
	ctx := context.Background()
	f := newFixture(b)
	in := signalInput()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.st.CreateSignal(ctx, f.u("melder"), in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSignalView(b *testing.B) {
	ctx := context.Background()
	f := newFixture(b)
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQueue(b *testing.B) {
	ctx := context.Background()
	f := newFixture(b)
	for range 200 {
		if _, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.st.Signals(ctx, f.u("af:rotterdam"), sqlstore.SignalFilter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSequenceAudit integrates 1,000 new audit entries into the Merkle
// log per operation.
func BenchmarkSequenceAudit(b *testing.B) {
	ctx := context.Background()
	f := newFixture(b)
	sg, err := f.st.CreateSignal(ctx, f.u("melder"), signalInput())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		for range 1000 {
			if _, err := f.st.Signal(ctx, f.u("af:rotterdam"), sg.ID); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		if _, err := f.st.SequenceAudit(ctx, false); err != nil {
			b.Fatal(err)
		}
	}
}
