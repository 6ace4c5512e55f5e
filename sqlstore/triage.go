package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/schakel-nl/schakel"
)

// TriageResult is what a triage decision produced.
type TriageResult struct {
	Signal    *schakel.Signal    `json:"signal"`
	CaseID    *string            `json:"case_id"`
	Referrals []schakel.Referral `json:"referrals"`
}

// Triage records the AF's decision on a new signal, opens the case and
// sends the referrals the routing rules ask for, all in one transaction. A
// signal is triaged once: a second decision is a conflict.
func (s *Store) Triage(ctx context.Context, u *schakel.User, id string, d schakel.TriageDecision) (*TriageResult, error) {
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	if err := s.db.ensureNumbers(ctx, kindCase, numberYear(now)); err != nil {
		return nil, internal("triage", err)
	}
	var caseID string
	err = s.inTxAudited(ctx, func(tx querier) error {
		_, _, sub, err := s.authorize(ctx, tx, u, "signal", id, id)
		if err != nil {
			return err
		}
		if !schakel.MayTriage(u, sub.Municipality) {
			return forbidden("Alleen de aandachtsfunctionaris van de gemeente beoordeelt dit signaal.")
		}
		if sub.Route != "" {
			return triagedConflict(ctx, tx, id)
		}
		if err := d.Validate(); err != nil {
			return err
		}
		kr := s.keyring(ctx, tx)
		rationale, err := kr.seal(id, "signals.rationale", id, d.Rationale)
		if err != nil {
			return err
		}
		status := schakel.SignalTriaged
		if d.Route == schakel.RouteNone {
			status = schakel.SignalClosed
		}
		res, err := kr.update(bindSignals, id, `UPDATE signals SET status = ?, route = ?, notify = ?, rationale = ?, triaged_at = ?, triaged_by = ?, version = version + 1
			WHERE id = ? AND route = ''`, string(status), string(d.Route), joinCodes(d.Notify), rationale, ts(now), u.ID, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return triagedConflict(ctx, tx, id)
		}
		if err := event(ctx, tx, now, u, id, schakel.EventTriaged, string(d.Route)); err != nil {
			return err
		}
		if err := audit(ctx, tx, now, u, "triage", "signal", id, "triage_and_case"); err != nil {
			return err
		}
		plan := schakel.PlanTriage(d, cat.Municipalities[sub.Municipality])
		if !plan.OpensCase {
			return nil
		}
		caseID = NewID()
		number, err := s.db.nextNumber(ctx, tx, kindCase, numberYear(now))
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO cases (id, signal_id, municipality, route, process_lead, status, opened_at, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			caseID, id, sub.Municipality, string(d.Route), plan.ProcessLead, string(schakel.CaseOpen), ts(now), number); err != nil {
			return err
		}
		if err := kr.rebind(bindCases, caseID); err != nil {
			return err
		}
		if err := event(ctx, tx, now, u, id, schakel.EventCaseOpened, plan.ProcessLead); err != nil {
			return err
		}
		for _, r := range plan.Referrals {
			field := "notify"
			if r.To == plan.ProcessLead || r.Purpose == schakel.PurposeCare {
				field = "route"
			}
			if err := addressable(cat, field, r.To, d.Route, sub.Municipality); err != nil {
				return err
			}
			if err := s.sendReferral(ctx, tx, u, now, caseID, id, r.To, r.Purpose, ""); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := &TriageResult{Referrals: []schakel.Referral{}}
	if out.Signal, err = s.Signal(ctx, u, id); err != nil {
		return nil, err
	}
	if caseID != "" {
		out.CaseID = &caseID
		refs, err := s.referralsOf(ctx, s.db.reader(), id, schakel.FieldsAll, u.Org)
		if err != nil {
			return nil, internal("triage", err)
		}
		out.Referrals = refs
	}
	return out, nil
}

// triagedConflict says who triaged the signal first, and how.
func triagedConflict(ctx context.Context, tx querier, id string) error {
	var status, route, by string
	var at sql.NullString
	err := tx.row(ctx, `SELECT s.status, s.route, s.triaged_at, COALESCE(u.name, '') FROM signals s LEFT JOIN users u ON u.id = s.triaged_by WHERE s.id = ?`, id).
		Scan(&status, &route, &at, &by)
	if err != nil {
		return err
	}
	e := schakel.Errorf(schakel.KindConflict, "Dit signaal is al beoordeeld door %s.", by)
	e.Current = map[string]any{"status": status, "route": route, "triaged_at": parseTSPtr(at), "triaged_by": by}
	return e
}

// addressable refuses a referral its addressee could never see or answer
// (schakel.MayAddress): an organisation that receives none, serves
// another region, or whose role has no access to the route; the error
// names the organisation, in field.
func addressable(cat *schakel.Catalog, field, to string, r schakel.Route, municipality string) error {
	org, ok := cat.Organisations[to]
	if ok && schakel.MayAddress(org, r, cat.Municipalities[municipality]) {
		return nil
	}
	if !ok {
		return schakel.Invalid(schakel.FieldError{Field: field, Message: "Onbekende organisatie; kies een organisatie die doorverwijzingen ontvangt."})
	}
	return schakel.Invalid(schakel.FieldError{Field: field,
		Message: fmt.Sprintf("%s kan deze casus niet ontvangen: die organisatie kan een casus van deze route en gemeente niet inzien. Kies een andere organisatie.", org.Name)})
}

func (s *Store) sendReferral(ctx context.Context, tx querier, u *schakel.User, t time.Time, caseID, signalID, to, purpose, note string) error {
	id := NewID()
	kr := s.keyring(ctx, tx)
	note, err := kr.seal(signalID, "referrals.note", id, note)
	if err != nil {
		return err
	}
	_, err = tx.exec(ctx, `INSERT INTO referrals (id, case_id, signal_id, to_org, purpose, status, sent_at, accept_due, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, caseID, signalID, to, purpose, string(schakel.ReferralSent), ts(t), ts(schakel.AddWorkingDays(t, s.Deadlines.AcceptDays)), note)
	if err != nil {
		return err
	}
	if err := kr.rebind(bindReferrals, id); err != nil {
		return err
	}
	return event(ctx, tx, t, u, signalID, schakel.EventReferralSent, to)
}
