package sqlstore

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

// Tasks on a case: a short work item of one organisation, with a due date
// and an assignee of that organisation who may work on the case. A task
// is seen by its organisation only; the assignee finds their open tasks
// on "my tasks" for as long as they may still see the case. Its title is
// sealed with the record's key and, like an escalation reason, is meant
// to name work, not people.

// maxTaskTitle bounds a task's title.
const maxTaskTitle = 200

// AddTask adds a task of u's organisation to an open case.
func (s *Store) AddTask(ctx context.Context, u *schakel.User, caseID string, in schakel.TaskInput) (*schakel.Task, error) {
	var id string
	_, err := s.caseAction(ctx, u, caseID, func(tx querier, c *schakel.Case, f schakel.Fields) error {
		var p schakel.Problems
		title := strings.TrimSpace(in.Title)
		switch {
		case title == "":
			p.Add("title", "Geef de taak een titel.")
		case utf8.RuneCountInString(title) > maxTaskTitle:
			p.Add("title", "De titel is te lang (ten hoogste 200 tekens).")
		}
		today := s.today()
		if d, err := time.Parse(schakel.DateLayout, in.Due); err != nil || d.Format(schakel.DateLayout) != in.Due {
			p.Add("due", "Vul een datum in als JJJJ-MM-DD.")
		} else if in.Due < today {
			p.Add("due", "De datum ligt in het verleden.")
		}
		assignee := in.Assignee
		if assignee == "" {
			assignee = u.ID
		}
		ok, err := s.mayWorkOn(ctx, tx, u, c, assignee)
		if err != nil {
			return err
		}
		if !ok {
			p.Add("assignee", notAColleague)
		}
		if err := p.Err(); err != nil {
			return err
		}
		now := s.now()
		id = NewID()
		sealedTitle, err := s.keyring(ctx, tx).seal(c.SignalID, "case_tasks.title", id, title)
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO case_tasks (id, case_id, signal_id, org, title, due, assignee, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, caseID, c.SignalID, u.Org, sealedTitle, in.Due, assignee, u.ID, ts(now)); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "task", "case", caseID)
	})
	if err != nil {
		return nil, err
	}
	return s.task(ctx, u, id)
}

// CompleteTask marks a task of u's organisation done.
func (s *Store) CompleteTask(ctx context.Context, u *schakel.User, id string) (*schakel.Task, error) {
	err := s.inTxAudited(ctx, func(tx querier) error {
		var caseID, org string
		var done *string
		err := tx.row(ctx, `SELECT case_id, org, done_at FROM case_tasks WHERE id = ?`, id).Scan(&caseID, &org, &done)
		if isNoRows(err) {
			return s.absent(ctx, tx, u, "task", id)
		}
		if err != nil {
			return err
		}
		if _, _, _, err := s.authorizeCase(ctx, tx, u, caseID); err != nil {
			return err
		}
		if org != u.Org {
			return s.deny(ctx, tx, u, "task", id)
		}
		if done != nil {
			return conflict("Deze taak is al afgerond.")
		}
		now := s.now()
		if _, err := tx.exec(ctx, `UPDATE case_tasks SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL`, ts(now), u.ID, id); err != nil {
			return err
		}
		return audit(ctx, tx, now, u, "task_done", "case", caseID)
	})
	if err != nil {
		return nil, internal("complete task", err)
	}
	return s.task(ctx, u, id)
}

// taskColumns are a task's columns for scanTask (t: case_tasks, c: cases,
// a: the assignee).
const taskColumns = `t.id, t.case_id, COALESCE(c.number, ''), c.municipality, t.signal_id, t.title, t.due, t.assignee, a.name, t.org, t.done_at, t.created_at`

type taskRow struct {
	t             schakel.Task
	signalID      string
	done, created *string
}

func scanTask(r *taskRow) []any {
	return []any{&r.t.ID, &r.t.CaseID, &r.t.CaseNumber, &r.t.Municipality, &r.signalID, &r.t.Title, &r.t.Due,
		&r.t.Assignee.ID, &r.t.Assignee.Name, &r.t.Org, &r.done, &r.created}
}

// today is the date tasks fall due against.
func (s *Store) today() string { return s.now().In(schakel.Amsterdam).Format(schakel.DateLayout) }

// queryTasks reads the tasks that where (over t: case_tasks, c: cases, s:
// signals, a: the assignee) selects, in the order it ends with, and opens
// their titles.
func (s *Store) queryTasks(ctx context.Context, q querier, where string, args ...any) ([]schakel.Task, error) {
	rows, err := collect(ctx, q, `SELECT `+taskColumns+` FROM case_tasks t JOIN cases c ON c.id = t.case_id JOIN signals s ON s.id = c.signal_id
		JOIN users a ON a.id = t.assignee WHERE `+where, args, scanTask)
	if err != nil {
		return nil, err
	}
	kr := s.keyring(ctx, q)
	today := s.today()
	out := make([]schakel.Task, 0, len(rows))
	for _, r := range rows {
		t := r.t
		if err := kr.open(r.signalID, sealed{"case_tasks.title", t.ID, &t.Title}); err != nil {
			return nil, err
		}
		if r.done != nil {
			d := parseTS(*r.done)
			t.DoneAt = &d
		}
		if r.created != nil {
			t.CreatedAt = parseTS(*r.created)
		}
		t.Overdue = t.DoneAt == nil && t.Due < today
		out = append(out, t)
	}
	return out, nil
}

// task reads one task as its organisation sees it.
func (s *Store) task(ctx context.Context, u *schakel.User, id string) (*schakel.Task, error) {
	var out *schakel.Task
	err := s.inTxAudited(ctx, func(tx querier) error {
		tasks, err := s.queryTasks(ctx, tx, `t.id = ? AND t.org = ?`, id, u.Org)
		if err != nil || len(tasks) == 0 {
			if err == nil {
				err = notFound()
			}
			return err
		}
		if _, _, _, err := s.authorizeCase(ctx, tx, u, tasks[0].CaseID); err != nil {
			return err
		}
		out = &tasks[0]
		return nil
	})
	return out, internal("task", err)
}

// CaseTasks are the tasks of u's organisation on a case, open first, by
// due date.
func (s *Store) CaseTasks(ctx context.Context, u *schakel.User, caseID string) ([]schakel.Task, error) {
	var out []schakel.Task
	err := s.inTxAudited(ctx, func(tx querier) error {
		if _, _, _, err := s.authorizeCase(ctx, tx, u, caseID); err != nil {
			return err
		}
		var err error
		out, err = s.queryTasks(ctx, tx, `t.case_id = ? AND t.org = ? ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END, t.due, t.id`, caseID, u.Org)
		return err
	})
	return out, internal("case tasks", err)
}

// MyTasks are u's open tasks on open cases u may still work on, by due date;
// with overdue, only those past their date.
func (s *Store) MyTasks(ctx context.Context, u *schakel.User, overdue bool) ([]schakel.Task, error) {
	where, args := accessSQL(u, schakel.FieldHandling)
	where = `t.assignee = ? AND t.org = ? AND t.done_at IS NULL AND c.status = 'open' AND ` + where
	args = append([]any{u.ID, u.Org}, args...)
	if overdue {
		where += ` AND t.due < ?`
		args = append(args, s.today())
	}
	tasks, err := s.queryTasks(ctx, s.db.reader(), where+` ORDER BY t.due, t.id LIMIT 500`, args...)
	return tasks, internal("my tasks", err)
}
