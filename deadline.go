package schakel

import "time"

// Deadlines are the clocks on the flow, in working days.
type Deadlines struct {
	TriageDays int // from receipt of a signal to its triage
	AcceptDays int // from sending a referral to its acceptance or decline
}

// DefaultDeadlines are the defaults of the regional agreements.
var DefaultDeadlines = Deadlines{TriageDays: 5, AcceptDays: 3}

// AddWorkingDays returns the moment n working days after t: the same clock
// time on the n-th following day that is no weekend and no public holiday.
func AddWorkingDays(t time.Time, n int) time.Time {
	local := t.In(Amsterdam)
	for n > 0 {
		local = local.AddDate(0, 0, 1)
		if IsWorkingDay(local) {
			n--
		}
	}
	return local.UTC()
}

// IsWorkingDay reports whether the day of t (in Amsterdam) is a working day.
func IsWorkingDay(t time.Time) bool {
	t = t.In(Amsterdam)
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	return !IsPublicHoliday(t)
}

// IsPublicHoliday reports whether the day is one of the generally recognised
// holidays of the Algemene termijnenwet (art. 3): New Year's Day, Easter
// Monday, Ascension Day, Whit Monday, both Christmas days, King's Day and
// 5 May. (Easter and Whit Sunday are Sundays anyway; Good Friday is not in
// the law.)
func IsPublicHoliday(t time.Time) bool {
	t = t.In(Amsterdam)
	y, m, d := t.Date()
	switch {
	case m == time.January && d == 1,
		m == time.December && (d == 25 || d == 26),
		m == time.May && d == 5:
		return true
	case m == time.April && d == kingsDay(y):
		return true
	}
	easter := EasterSunday(y)
	for _, off := range []int{1, 39, 50} { // Easter Monday, Ascension, Whit Monday
		h := easter.AddDate(0, 0, off)
		if h.Month() == m && h.Day() == d {
			return true
		}
	}
	return false
}

// kingsDay is 27 April, or the 26th when the 27th is a Sunday.
func kingsDay(y int) int {
	if time.Date(y, time.April, 27, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
		return 26
	}
	return 27
}

// EasterSunday computes Western Easter (anonymous Gregorian algorithm).
func EasterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, Amsterdam)
}
