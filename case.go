package schakel

import "time"

// Signal is a stored signal as a viewer may see it: fields outside the
// viewer's Fields are left zero (and so omitted in JSON).
type Signal struct {
	ID            string       `json:"id"`
	Number        string       `json:"number"` // S-2026-000123
	Status        SignalStatus `json:"status"`
	Municipality  string       `json:"municipality"`
	ObservedOn    string       `json:"observed_on"`
	Forms         []Form       `json:"forms"`
	ReceivedAt    time.Time    `json:"received_at"`
	Urgent        bool         `json:"urgent"`
	HasMinor      bool         `json:"has_minor"`
	Indicators    []string     `json:"indicators,omitempty"`
	Sector        string       `json:"sector,omitempty"`
	AcuteDanger   *bool        `json:"acute_danger,omitempty"`
	Account       string       `json:"account,omitempty"`
	Reporter      *Reporter    `json:"reporter,omitempty"`
	Persons       []Person     `json:"persons,omitempty"`
	ReportedBy    string       `json:"-"`
	TriageDue     *time.Time   `json:"triage_due,omitempty"`
	Overdue       bool         `json:"overdue,omitempty"`
	Route         Route        `json:"route,omitempty"`
	Notify        []Notify     `json:"notify,omitempty"`
	Rationale     string       `json:"rationale,omitempty"`
	TriagedAt     *time.Time   `json:"triaged_at,omitempty"`
	CaseID        string       `json:"case_id,omitempty"`
	NeedsDecision bool         `json:"needs_decision,omitempty"`
	// Suggestions are the notifications the policy asks the AF to weigh;
	// set only for the AF who may triage the signal.
	Suggestions []Suggestion `json:"suggestions,omitempty"`
	// Matches tell the AF where else in the region a person of this signal
	// may be known, and whom to ask; nothing of the other record.
	Matches []PersonMatch `json:"matches,omitempty"`
	// ErasedAt: the personal data was erased (retention or a request);
	// what is left are codes.
	ErasedAt *time.Time `json:"erased_at,omitempty"`
	// LegalHold keeps the signal from erasure.
	LegalHold bool `json:"legal_hold,omitempty"`
	// BreakGlassUntil is set when the viewer sees this through emergency
	// access, which ends then.
	BreakGlassUntil *time.Time `json:"break_glass_until,omitempty"`
	Version         int        `json:"version"`
	// IntegrityError marks a list row whose stored record failed its
	// integrity check: only its id is given, none of its data.
	IntegrityError bool `json:"integrity_error,omitempty"`

	// Withheld names the free text that exists but is held back from
	// the viewer, who sees the victims but not what may name suspects:
	// "account", "notes". The AF of the municipality holds it.
	Withheld []string `json:"withheld,omitempty"`
	// Visible is what the viewer may see; not sent.
	Visible Fields `json:"-"`
}

// Referral is a case sent to a receiving organisation.
type Referral struct {
	ID            string         `json:"id"`
	CaseID        string         `json:"case_id"`
	SignalID      string         `json:"signal_id"`
	To            string         `json:"to"`
	Purpose       string         `json:"purpose"`
	Status        ReferralStatus `json:"status"`
	SentAt        time.Time      `json:"sent_at"`
	AcceptDue     time.Time      `json:"accept_due"`
	Overdue       bool           `json:"overdue"`
	RespondedAt   *time.Time     `json:"responded_at,omitempty"`
	ClosedAt      *time.Time     `json:"closed_at,omitempty"`
	DeclineReason string         `json:"decline_reason,omitempty"`
	Note          string         `json:"note,omitempty"`
	Feedback      []Feedback     `json:"feedback,omitempty"`
	// CaseVisible: the viewer may open the case; false for an
	// organisation whose referral ended, which keeps only its own work.
	CaseVisible  bool   `json:"case_visible"`
	Municipality string `json:"municipality"`
	Route        Route  `json:"route"`
	Urgent       bool   `json:"urgent"`
	Version      int    `json:"version"`
	// IntegrityError marks a list row whose stored record failed its
	// integrity check: only its id is given, none of its data.
	IntegrityError bool `json:"integrity_error,omitempty"`
}

// Feedback is a message from the receiving organisation back to the AF.
type Feedback struct {
	At      time.Time `json:"at"`
	By      string    `json:"by"`
	Org     string    `json:"organisation"`
	Message string    `json:"message"`
}

// Event is one line of a case's timeline. Kind and Detail are codes, never
// personal data; the UI renders them from its catalogue.
type Event struct {
	At       time.Time `json:"at"`
	Actor    string    `json:"actor"`
	ActorOrg string    `json:"actor_organisation"`
	Kind     string    `json:"kind"`
	Detail   string    `json:"detail,omitempty"`
}

// Event kinds.
const (
	EventReceived         = "signal_received"
	EventTriaged          = "signal_triaged"
	EventCaseOpened       = "case_opened"
	EventReferralSent     = "referral_sent"
	EventReferralAccepted = "referral_accepted"
	EventReferralDeclined = "referral_declined"
	EventFeedback         = "feedback_given"
	EventReferralClosed   = "referral_closed"
	EventEscalated        = "case_escalated"
	EventCaseClosed       = "case_closed"
	// EventAssigned: someone of an organisation took the case or gave it
	// to a colleague; Detail is the organisation.
	EventAssigned = "case_assigned"
	// EventReopened: a closed case was opened again.
	EventReopened = "case_reopened"
	// EventDeadlinePassed: a triage or an answer to a referral is overdue;
	// Detail is "triage" or the organisation that has not answered.
	EventDeadlinePassed = "deadline_passed"
	// EventErased: the signal's personal data was erased; Detail is why
	// (retention, avg_art17).
	EventErased = "signal_erased"
	// EventBreakGlass: someone took emergency access; Detail is their
	// organisation.
	EventBreakGlass = "break_glass"
)

// Case follows a triaged signal through the chain.
type Case struct {
	ID           string `json:"id"`
	Number       string `json:"number"` // C-2026-000045
	SignalID     string `json:"signal_id"`
	SignalNumber string `json:"signal_number"`
	// Assignee is who of the viewer's organisation works on the case.
	Assignee         *Colleague `json:"assignee,omitempty"`
	Municipality     string     `json:"municipality"`
	Route            Route      `json:"route"`
	Forms            []Form     `json:"forms"`
	ProcessLead      string     `json:"process_lead"`
	Status           CaseStatus `json:"status"`
	OpenedAt         time.Time  `json:"opened_at"`
	ClosedAt         *time.Time `json:"closed_at,omitempty"`
	Outcome          string     `json:"outcome,omitempty"`
	Escalated        bool       `json:"escalated"`
	EscalatedAt      *time.Time `json:"escalated_at,omitempty"`
	EscalationReason string     `json:"escalation_reason,omitempty"`
	Urgent           bool       `json:"urgent"`
	NeedsDecision    bool       `json:"needs_decision"`
	// Overdue: a referral of the case waits for an answer past its deadline.
	Overdue      bool       `json:"overdue"`
	Participants []string   `json:"participants,omitempty"`
	Referrals    []Referral `json:"referrals,omitempty"`
	Timeline     []Event    `json:"timeline,omitempty"`
	// Addressees are the organisations the viewer may refer the open
	// case to now (the AF of its municipality): those that can see a case
	// of its route and municipality and have no open referral of it.
	Addressees []string `json:"addressees,omitempty"`
	Version    int      `json:"version"`
	// IntegrityError marks a list row whose stored record failed its
	// integrity check: only its id is given, none of its data.
	IntegrityError bool `json:"integrity_error,omitempty"`

	Visible Fields `json:"-"`
	// BreakGlassUntil is set when the viewer sees this through emergency
	// access, which ends then.
	BreakGlassUntil *time.Time `json:"break_glass_until,omitempty"`
}

// Case outcomes when closed.
var CaseOutcomes = []string{"care_completed", "referred_elsewhere", "prosecution", "no_contact", "no_trafficking", "other"}

// Page is one page of a list.
type Page[T any] struct {
	Items []T     `json:"items"`
	Total int     `json:"total"`
	Next  *string `json:"next"`
}

// PersonMatch is a person of a signal possibly known elsewhere: where, and
// whom to contact. It carries nothing of the other record.
type PersonMatch struct {
	Person       int    `json:"person"` // position in the signal's persons
	Organisation string `json:"organisation"`
	OrgName      string `json:"organisation_name"`
	Contact      string `json:"contact"`
	ContactEmail string `json:"contact_email,omitempty"`
	OrgContact   string `json:"organisation_contact,omitempty"`
	// SignalID is set only when the viewer may see that signal anyway.
	SignalID string `json:"signal_id,omitempty"`
}

// Colleague is a user as shown to others of their organisation: who works
// on what.
type Colleague struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Note is a note on a case: read by the writer's organisation, and when
// Shared by every participant whose role reads notes of the case.
type Note struct {
	ID        string    `json:"id"`
	Author    string    `json:"author"`
	Org       string    `json:"organisation"`
	Shared    bool      `json:"shared"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
}

// NoteInput is a new note.
type NoteInput struct {
	Text   string `json:"text"`
	Shared bool   `json:"shared"`
}

// Task is a work item of one organisation on a case.
type Task struct {
	ID           string     `json:"id"`
	CaseID       string     `json:"case_id"`
	CaseNumber   string     `json:"case_number"`
	Title        string     `json:"title"`
	Due          string     `json:"due"` // YYYY-MM-DD
	Assignee     Colleague  `json:"assignee"`
	Org          string     `json:"organisation"`
	Overdue      bool       `json:"overdue"`
	DoneAt       *time.Time `json:"done_at,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	Municipality string     `json:"municipality"`
}

// TaskInput is a new task.
type TaskInput struct {
	Title    string `json:"title"`
	Due      string `json:"due"`
	Assignee string `json:"assignee"`
}
