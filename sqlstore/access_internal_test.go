package sqlstore

import (
	"strings"
	"testing"

	"github.com/schakel-nl/schakel"
)

func TestAccessSQLInactiveUserListsNothing(t *testing.T) {
	u := &schakel.User{ID: "u", Role: schakel.RoleAF, Municipalities: []string{"rotterdam"}, Active: false}
	if w, _ := accessSQL(u, schakel.FieldStatus); w != "1=0" {
		t.Fatalf("inactive user SQL = %q", w)
	}
}

func TestAccessSQLOnlyGrantsWithTheField(t *testing.T) {
	br := &schakel.User{ID: "b", Role: schakel.RoleBeleidsregisseur, Active: true}
	if w, _ := accessSQL(br, schakel.FieldVictims); w != "1=0" {
		t.Errorf("beleidsregisseur may never list victims, got %q", w)
	}
	if w, _ := accessSQL(br, schakel.FieldHandling); !strings.Contains(w, "escalated = 1") {
		t.Errorf("beleidsregisseur lists escalated cases, got %q", w)
	}
	for _, r := range []schakel.Role{schakel.RoleBeheerder, schakel.RolePrivacy} {
		if w, _ := accessSQL(&schakel.User{ID: "x", Role: r, Active: true}, schakel.FieldStatus); w != "1=0" {
			t.Errorf("%s lists signals: %q", r, w)
		}
	}
}

// Every condition the policy uses has its SQL form.
func TestEveryCondTranslated(t *testing.T) {
	u := &schakel.User{ID: "u", Org: "o", Municipalities: []string{"m"}, Active: true}
	for _, g := range schakel.Policy {
		for _, c := range g.When {
			if p := condSQL(c, u); p.sql == "1=0" {
				t.Errorf("condition %d of %s has no SQL", c, g.Purpose)
			}
		}
	}
}
