package sqlstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
)

// TestTasks: one row per rule of tasks on a case (issue 12, point 4).
func TestTasks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	af := f.u("af:rotterdam")
	_, id := f.careCase(t)
	today := time.Now().In(schakel.Amsterdam)
	tomorrow := today.AddDate(0, 0, 1).Format(schakel.DateLayout)
	for _, tt := range []struct {
		rule  string
		by    string
		in    schakel.TaskInput
		field string // the field named by the error, "" for success
		kind  schakel.Kind
	}{
		{"the AF adds a task for itself", "af:rotterdam", schakel.TaskInput{Title: "Intake plannen", Due: tomorrow}, "", ""},
		{"a title is required", "af:rotterdam", schakel.TaskInput{Title: " ", Due: tomorrow}, "title", schakel.KindInvalid},
		{"a due date in the past is refused", "af:rotterdam", schakel.TaskInput{Title: "Te laat", Due: "2020-01-01"}, "due", schakel.KindInvalid},
		{"a date that is no date is refused", "af:rotterdam", schakel.TaskInput{Title: "Geen datum", Due: "31-12-2026"}, "due", schakel.KindInvalid},
		{"not for someone of another organisation", "af:rotterdam", schakel.TaskInput{Title: "Bellen", Due: tomorrow, Assignee: f.u("essm").ID}, "assignee", schakel.KindInvalid},
		{"care adds a task of its own", "essm", schakel.TaskInput{Title: "Opvang zoeken", Due: tomorrow}, "", ""},
		{"who may not see the case finds it absent", "af:schiedam", schakel.TaskInput{Title: "x", Due: tomorrow}, "", schakel.KindNotFound},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			task, err := f.st.AddTask(ctx, f.u(tt.by), id, tt.in)
			if tt.kind == "" {
				if err != nil || task.Title != tt.in.Title || task.Assignee.ID != f.u(tt.by).ID || task.CaseID != id {
					t.Fatalf("%+v %v", task, err)
				}
				return
			}
			var e *schakel.Error
			if schakel.ErrorKind(err) != tt.kind || (tt.field != "" && (!errors.As(err, &e) || len(e.Fields) == 0 || e.Fields[0].Field != tt.field)) {
				t.Fatalf("got %v, want %s on %q", err, tt.kind, tt.field)
			}
		})
	}
	// Each organisation sees its own tasks.
	mine, err := f.st.CaseTasks(ctx, af, id)
	if err != nil || len(mine) != 1 || mine[0].Title != "Intake plannen" {
		t.Fatalf("the AF's tasks: %+v %v", mine, err)
	}
	open, err := f.st.MyTasks(ctx, af, false)
	if err != nil || len(open) != 1 || open[0].CaseNumber == "" {
		t.Fatalf("my tasks: %+v %v", open, err)
	}
	if late, err := f.st.MyTasks(ctx, af, true); err != nil || len(late) != 0 {
		t.Fatalf("no task is late yet: %+v %v", late, err)
	}
	if _, err := f.st.CompleteTask(ctx, f.u("essm"), mine[0].ID); schakel.ErrorKind(err) != schakel.KindNotFound {
		t.Fatalf("another organisation completes the AF's task: %v", err)
	}
	done, err := f.st.CompleteTask(ctx, af, mine[0].ID)
	if err != nil || done.DoneAt == nil {
		t.Fatalf("done: %+v %v", done, err)
	}
	if _, err := f.st.CompleteTask(ctx, af, mine[0].ID); schakel.ErrorKind(err) != schakel.KindConflict {
		t.Fatalf("done twice: %v", err)
	}
	if open, _ := f.st.MyTasks(ctx, af, false); len(open) != 0 {
		t.Fatalf("a done task is still open: %+v", open)
	}
	// A task past its date is late.
	if err := f.st.DB().Exec(ctx, `UPDATE case_tasks SET due = '2020-01-01' WHERE org = ?`, f.u("essm").Org); err != nil {
		t.Fatal(err)
	}
	if late, err := f.st.MyTasks(ctx, f.u("essm"), true); err != nil || len(late) != 1 || !late[0].Overdue {
		t.Fatalf("care's late task: %+v %v", late, err)
	}
}
