package schakel

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, Amsterdam)
	if err != nil {
		panic(err)
	}
	return t
}

func TestAddWorkingDays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		from string
		n    int
		want string
	}{
		{"a plain week: Monday + 5 working days is next Monday", "2026-11-23 10:00", 5, "2026-11-30 10:00"},
		{"weekends are skipped: Friday + 3 is Wednesday", "2026-11-27 09:00", 3, "2026-12-02 09:00"},
		{"Christmas days are skipped", "2026-12-23 12:00", 3, "2026-12-29 12:00"},
		{"New Year's Day is skipped", "2026-12-31 08:00", 1, "2027-01-04 08:00"},
		{"Easter Monday 2026 (6 April) is skipped", "2026-04-02 10:00", 2, "2026-04-07 10:00"},
		{"King's Day on a Sunday moves to Saturday 26 April (2025)", "2025-04-25 10:00", 1, "2025-04-28 10:00"},
		{"King's Day 27 April 2026 is skipped", "2026-04-24 10:00", 1, "2026-04-28 10:00"},
		{"Liberation Day 5 May is skipped", "2026-05-04 10:00", 1, "2026-05-06 10:00"},
		{"Ascension Day 2026 (14 May) is skipped", "2026-05-13 10:00", 1, "2026-05-15 10:00"},
		{"Whit Monday 2026 (25 May) is skipped", "2026-05-22 10:00", 1, "2026-05-26 10:00"},
		{"Good Friday is a working day under the Algemene termijnenwet", "2026-04-02 10:00", 1, "2026-04-03 10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AddWorkingDays(day(tt.from), tt.n)
			if !got.Equal(day(tt.want)) {
				t.Errorf("got %s, want %s", got.In(Amsterdam).Format("2006-01-02 15:04 Mon"), tt.want)
			}
		})
	}
}

func TestEasterSunday(t *testing.T) {
	t.Parallel()
	for y, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28"} {
		if got := EasterSunday(y).Format(DateLayout); got != want {
			t.Errorf("Easter %d = %s, want %s", y, got, want)
		}
	}
}
