// Package demo fills a store with demo users and realistic synthetic
// signals, drawn from the distributions the policy describes, and walks
// each through the real flow (triage, referrals, feedback, closure) so that
// every stage is present. Tests and benchmarks use it at any size.
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
)

// Options size and seed the data.
type Options struct {
	Signals  int       // how many signals
	Seed     uint64    // same seed, same data
	Now      time.Time // the end of the two years covered (default time.Now)
	Password string    // password of every demo user
}

// Login is a demo account to print.
type Login struct {
	Role     schakel.Role
	Email    string
	Password string
	Org      string
}

// Result is what was made.
type Result struct {
	Logins  []Login // one per role, to print
	Users   map[string]*schakel.User
	Signals int
}

// Populate creates the users and signals. It moves the store's clock
// through the two years and restores it when done.
func Populate(ctx context.Context, st *sqlstore.Store, o Options) (*Result, error) {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.Password == "" {
		o.Password = "demo-wachtwoord-2026"
	}
	realNow := st.Now
	defer func() { st.Now = realNow }()
	g := &gen{st: st, r: rand.New(rand.NewPCG(o.Seed, 0x5c4a4e1)), res: &Result{Users: map[string]*schakel.User{}}, pw: o.Password,
		hash: vault.HashPassword(o.Password)}
	ms, err := st.Municipalities(ctx)
	if err != nil {
		return nil, err
	}
	g.munis = ms
	st.Now = func() time.Time { return o.Now.AddDate(-2, 0, -7) }
	if err := g.users(ctx); err != nil {
		return nil, err
	}
	start := o.Now.AddDate(-2, 0, 0)
	span := o.Now.Sub(start)
	// Signals arrive spread over the two years, in time order.
	times := make([]time.Time, o.Signals)
	for i := range times {
		times[i] = start.Add(time.Duration(g.r.Int64N(int64(span))))
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	for _, t := range times {
		if err := g.signal(ctx, t, o.Now); err != nil {
			return nil, err
		}
	}
	g.res.Signals = o.Signals
	return g.res, nil
}

type gen struct {
	st    *sqlstore.Store
	r     *rand.Rand
	res   *Result
	pw    string
	hash  string // one argon2id hash for all demo users: hashing is slow by design
	munis []schakel.Municipality
}

func (g *gen) user(ctx context.Context, key, name, email string, role schakel.Role, org string, munis []string, print bool) error {
	u, err := g.st.CreateUser(ctx, sqlstore.NewUser{Name: name, Email: email, Role: role, Org: org, Municipalities: munis, PasswordHash: g.hash})
	if err != nil {
		return fmt.Errorf("demo user %s: %w", email, err)
	}
	g.res.Users[key] = u
	if print {
		g.res.Logins = append(g.res.Logins, Login{Role: role, Email: email, Password: g.pw, Org: org})
	}
	return nil
}

// users makes one printed user per role, an AF for every municipality and
// a user for every receiving organisation.
func (g *gen) users(ctx context.Context) error {
	type u struct {
		key, name, email string
		role             schakel.Role
		org              string
		munis            []string
		print            bool
	}
	list := []u{
		{"melder", "Mila de Melder", "melder@schakel.demo", schakel.RoleMelder, "gemeente-rotterdam", nil, true},
		{"af:rotterdam", "Anna Aandacht", "af@schakel.demo", schakel.RoleAF, "gemeente-rotterdam", []string{"rotterdam"}, true},
		{"essm", "Zeynep Zorg", "zorg@schakel.demo", schakel.RoleZorgcoordinator, schakel.OrgCodeESSM, nil, true},
		{"zvh-rotterdam-rijnmond", "Victor Veiligheidshuis", "zvh@schakel.demo", schakel.RoleZVH, "zvh-rotterdam-rijnmond", nil, true},
		{"zvh-zuid-holland-zuid", "Zoë Zuid", "zvh-zhz@schakel.demo", schakel.RoleZVH, "zvh-zuid-holland-zuid", nil, false},
		{"riec-rotterdam", "Rik RIEC", "riec@schakel.demo", schakel.RoleRIEC, schakel.OrgCodeRIEC, nil, true},
		{"politie-avim", "Paula Politie", "politie@schakel.demo", schakel.RolePartner, schakel.OrgCodeAVIM, nil, true},
		{"nla", "Noah Arbeidsinspectie", "nla@schakel.demo", schakel.RolePartner, schakel.OrgCodeNLA, nil, false},
		{"veilig-thuis-rotterdam-rijnmond", "Vera Veilig Thuis", "vt@schakel.demo", schakel.RolePartner, "veilig-thuis-rotterdam-rijnmond", nil, false},
		{"veilig-thuis-zuid-holland-zuid", "Vince Veilig Thuis", "vt-zhz@schakel.demo", schakel.RolePartner, "veilig-thuis-zuid-holland-zuid", nil, false},
		{"kmar", "Karim Marechaussee", "kmar@schakel.demo", schakel.RolePartner, schakel.OrgCodeKMAR, nil, false},
		{"toezicht", "Tessa Toezicht", "toezicht@schakel.demo", schakel.RoleToezichthouder, "gemeente-rotterdam", []string{"rotterdam"}, true},
		{"regie", "Bram Beleidsregie", "regie@schakel.demo", schakel.RoleBeleidsregisseur, schakel.OrgCodeRegie, nil, true},
		{"beheer", "Bea Beheer", "beheer@schakel.demo", schakel.RoleBeheerder, schakel.OrgCodeRegie, nil, true},
		{"privacy", "Fien Functionaris", "privacy@schakel.demo", schakel.RolePrivacy, schakel.OrgCodeRegie, nil, true},
	}
	for _, m := range g.munis {
		if m.Slug != "rotterdam" {
			list = append(list, u{"af:" + m.Slug, "AF " + m.Name, "af-" + m.Slug + "@schakel.demo", schakel.RoleAF, "gemeente-" + m.Slug, []string{m.Slug}, false})
		}
	}
	for _, x := range list {
		if err := g.user(ctx, x.key, x.name, x.email, x.role, x.org, x.munis, x.print); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

// municipality draws a municipality: Rotterdam has most signals, the
// larger towns follow.
func (g *gen) municipality() string {
	switch x := g.r.Float64(); {
	case x < 0.40:
		return "rotterdam"
	case x < 0.50:
		return "dordrecht"
	case x < 0.56:
		return "schiedam"
	case x < 0.62:
		return "vlaardingen"
	default:
		return g.munis[g.r.IntN(len(g.munis))].Slug
	}
}

func (g *gen) form() schakel.Form {
	switch x := g.r.Float64(); {
	case x < 0.45:
		return schakel.FormSexual
	case x < 0.75:
		return schakel.FormLabour
	case x < 0.97:
		return schakel.FormCriminal
	default:
		return schakel.FormOrgan
	}
}

var (
	femaleNames = []string{"Sanne", "Eva", "Lisa", "Maria", "Ioana", "Elena", "Fatima", "Joy", "Anastasia", "Chloé", "Natalia", "Blessing", "Mei", "Olena", "Kim", "Noor", "Daniela", "Agnieszka"}
	maleNames   = []string{"Daan", "Mohamed", "Luca", "Andrei", "Piotr", "Jayden", "Mehmet", "Oleksandr", "Rahul", "Dimitar", "Sem", "Kofi", "Tomasz", "Youssef", "Milan", "Nguyen", "Ricardo", "Bogdan"}
	surnames    = []string{"de Vries", "Jansen", "Popescu", "Nowak", "Ivanova", "El Amrani", "Okafor", "Kowalski", "Bakker", "Yilmaz", "Petrov", "Smit", "Tran", "Kovács", "Santos", "Visser", "Shevchenko", "Mulder"}
)

func (g *gen) name(gender string) string {
	first := g.pick(maleNames...)
	if gender == "female" || (gender != "male" && g.chance(0.5)) {
		first = g.pick(femaleNames...)
	}
	return first + " " + g.pick(surnames...)
}

func (g *gen) indicators(f schakel.Form) []string {
	var pool []string
	for _, in := range schakel.DefaultIndicators() {
		if in.Form == f {
			pool = append(pool, in.Code)
		}
	}
	g.r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	return pool[:min(len(pool), 1+g.r.IntN(4))]
}

// victim draws a possible victim with the traits the policy reports per form.
func (g *gen) victim(f schakel.Form, observed time.Time) schakel.Person {
	p := schakel.Person{Role: schakel.PersonVictim, ResidenceStatus: "unknown"}
	var age int
	switch f {
	case schakel.FormSexual: // mostly young women, some minor girls
		p.Gender = "female"
		if g.chance(0.08) {
			p.Gender = "male"
		}
		age = 15 + g.r.IntN(16)
		p.Nationality = g.pick("NL", "NL", "NL", "NL", "RO", "BG", "HU", "NG", "UA", "CO", "TH")
	case schakel.FormCriminal: // mostly men, overlap with young offenders
		p.Gender = "male"
		if g.chance(0.2) {
			p.Gender = "female"
		}
		age = 13 + g.r.IntN(18)
		p.Nationality = g.pick("NL", "NL", "NL", "NL", "NL", "MA", "RO", "VN", "DZ", "EE")
	case schakel.FormLabour: // often non-Dutch, men and women aged 30–50
		p.Gender = g.pick("male", "male", "male", "female", "female")
		age = 30 + g.r.IntN(21)
		if g.chance(0.1) {
			age = 20 + g.r.IntN(10)
		}
		p.Nationality = g.pick("PL", "RO", "BG", "UA", "IN", "PH", "VN", "CN", "HU", "LT", "NL", "TR")
	default:
		p.Gender = g.pick("female", "male")
		age = 20 + g.r.IntN(25)
		p.Nationality = g.pick("NL", "NG", "UA", "IN")
	}
	switch {
	case p.Nationality == "NL":
		p.ResidenceStatus = "lawful"
	case slices.Contains([]string{"PL", "RO", "BG", "HU", "LT", "EE"}, p.Nationality):
		p.ResidenceStatus = "lawful"
	default:
		p.ResidenceStatus = g.pick("none", "temporary", "unknown", "lawful")
	}
	if g.chance(0.7) {
		p.Name = g.name(p.Gender)
	}
	if g.chance(0.55) {
		bd := observed.AddDate(-age, -g.r.IntN(12), -g.r.IntN(28))
		p.BirthDate = bd.Format(schakel.DateLayout)
	} else {
		p.EstimatedAge = &age
	}
	return p
}

func (g *gen) suspect() schakel.Person {
	p := schakel.Person{Role: schakel.PersonSuspect, Gender: g.pick("male", "male", "male", "female", "unknown"), Nationality: g.pick("NL", "NL", "RO", "BG", "MA", "TR", "unknown"), ResidenceStatus: "unknown"}
	if g.chance(0.6) {
		p.Name = g.name(p.Gender)
	}
	if g.chance(0.5) {
		a := 20 + g.r.IntN(35)
		p.EstimatedAge = &a
	}
	return p
}

func (g *gen) sector(f schakel.Form) string {
	switch f {
	case schakel.FormSexual: // 64% less visible, 4% visible, the rest unknown
		switch x := g.r.Float64(); {
		case x < 0.64:
			return g.pick("escort", "home", "online", "hotel", "massage")
		case x < 0.68:
			return g.pick("window", "club")
		}
		return ""
	case schakel.FormCriminal:
		return g.pick("drug_trade", "drug_trade", "drug_production", "shoplifting", "begging", "financial_fraud")
	case schakel.FormLabour:
		return g.pick("agriculture", "construction", "logistics", "hospitality", "cleaning", "food_processing", "domestic_work", "beauty", "shipping")
	}
	return ""
}

var accounts = map[schakel.Form][]string{
	schakel.FormSexual: {
		"Tijdens een huisbezoek viel op dat een jonge vrouw steeds werd opgehaald door wisselende mannen. Zij leek bang en liet een ander het woord doen.",
		"Via een advertentie voor escortdiensten kwam een melding binnen; de vrouw wist niet in welke stad zij verbleef.",
		"Een scholier vertelde over een oudere vriend die haar kleding en een telefoon gaf en haar vroeg 'iets terug te doen' voor zijn vrienden.",
	},
	schakel.FormCriminal: {
		"Een jongen werd meerdere keren aangehouden met drugs in een andere stad. Hij zei een schuld te moeten afbetalen.",
		"Bij een bewoner werd een hennepkwekerij aangetroffen; hij vertelde onder druk te zijn gezet zijn woning beschikbaar te stellen.",
		"Een jongere gaf aan dat anderen zijn bankpas gebruiken en hem bedreigen als hij weigert.",
	},
	schakel.FormLabour: {
		"Bij een controle bleken twaalf werknemers in één woning te slapen. Hun paspoorten lagen bij de uitzendondernemer.",
		"Een werknemer vertelde zeven dagen per week te werken zonder loon, omdat hij eerst zijn reisschuld moet terugbetalen.",
		"In een nagelsalon werkten twee vrouwen die niet naar buiten mochten en geen eigen telefoon hadden.",
	},
	schakel.FormOrgan: {
		"Een vrouw vertelde dat haar geld was aangeboden om een kind voor een ander te dragen, onder bedreiging.",
	},
}

var reporterOrgs = []string{"Wijkteam", "Huisartsenpraktijk", "Leerplicht", "Wijkagent", "Schuldhulpverlening", "Toezicht en handhaving", "Jeugdzorg", "Verloskundigenpraktijk"}

// signal makes one signal at t and, depending on its age at now, walks it
// through triage, referral answers, feedback, escalation and closure.
func (g *gen) signal(ctx context.Context, t, now time.Time) error {
	m := g.municipality()
	forms := []schakel.Form{g.form()}
	if g.chance(0.1) {
		if f := g.form(); f != forms[0] {
			forms = append(forms, f)
		}
	}
	observed := t.AddDate(0, 0, -g.r.IntN(5))
	in := schakel.SignalInput{
		Municipality: m,
		ObservedOn:   observed.In(schakel.Amsterdam).Format(schakel.DateLayout),
		Forms:        forms,
		Sector:       g.sector(forms[0]),
		AcuteDanger:  g.chance(0.08),
		Account:      g.pick(accounts[forms[0]]...),
		Reporter:     schakel.Reporter{Name: g.name(""), Organisation: g.pick(reporterOrgs...), Phone: fmt.Sprintf("010-%07d", g.r.IntN(10000000))},
	}
	for _, f := range forms {
		in.Indicators = append(in.Indicators, g.indicators(f)...)
	}
	for range 1 + g.r.IntN(2) {
		in.Persons = append(in.Persons, g.victim(forms[0], observed))
	}
	if g.chance(0.65) {
		in.Persons = append(in.Persons, g.suspect())
	}
	reporter := g.res.Users["melder"]
	if g.chance(0.15) {
		reporter = g.res.Users["toezicht"]
	}
	clock := t
	g.st.Now = func() time.Time { return clock }
	sg, err := g.st.CreateSignal(ctx, reporter, in)
	if err != nil {
		return fmt.Errorf("demo signal: %w", err)
	}
	age := now.Sub(t)
	// Recent signals are still waiting; older ones have been triaged.
	if age < 3*24*time.Hour || (age < 14*24*time.Hour && g.chance(0.5)) {
		return nil
	}
	clock = clock.Add(time.Duration(2+g.r.IntN(120)) * time.Hour)
	af := g.res.Users["af:"+m]
	d := schakel.TriageDecision{Rationale: "Beoordeeld op basis van de indicatoren en het gesprek met de melder."}
	switch x := g.r.Float64(); {
	case x < 0.15:
		d.Route = schakel.RouteNone
		d.Rationale = "Na navraag bij de melder geen aanwijzingen voor uitbuiting."
	case x < 0.55:
		d.Route = schakel.RouteCare
	case x < 0.85:
		d.Route = schakel.RouteCareAndCriminal
	default:
		d.Route = schakel.RouteUndermining
	}
	if d.Route != schakel.RouteNone {
		full, err := g.st.Signal(ctx, af, sg.ID)
		if err != nil {
			return err
		}
		for _, s := range schakel.SuggestNotifications(full.Forms, full.Persons, in.AcuteDanger) {
			if g.chance(0.8) {
				d.Notify = append(d.Notify, s.Notify)
			}
		}
	}
	res, err := g.st.Triage(ctx, af, sg.ID, d)
	if err != nil {
		return fmt.Errorf("demo triage: %w", err)
	}
	if res.CaseID == nil {
		return nil
	}
	// The AF who triaged works on the case.
	if _, err := g.st.AssignCase(ctx, af, *res.CaseID, af.ID); err != nil {
		return fmt.Errorf("demo assign: %w", err)
	}
	if _, err := g.st.AddNote(ctx, af, *res.CaseID, schakel.NoteInput{Text: "Telefonisch overleg met de melder: de situatie is ongewijzigd. Volgende week opnieuw contact."}); err != nil {
		return fmt.Errorf("demo note: %w", err)
	}
	due := time.Now().In(schakel.Amsterdam).AddDate(0, 0, 7).Format(schakel.DateLayout)
	if _, err := g.st.AddTask(ctx, af, *res.CaseID, schakel.TaskInput{Title: "Terugkoppeling van de zorgcoördinator nagaan", Due: due}); err != nil {
		return fmt.Errorf("demo task: %w", err)
	}
	for _, ref := range res.Referrals {
		if err := g.answer(ctx, &clock, now, ref, *res.CaseID, af); err != nil {
			return err
		}
	}
	if age > 60*24*time.Hour && g.chance(0.05) {
		clock = clock.Add(20 * 24 * time.Hour)
		if clock.Before(now) {
			if _, err := g.st.Escalate(ctx, af, *res.CaseID, "Geen passende opvangplek beschikbaar; ketenpartners komen niet tot overeenstemming."); err != nil {
				return fmt.Errorf("demo escalate: %w", err)
			}
			return nil
		}
	}
	if age > 180*24*time.Hour && g.chance(0.7) {
		clock = clock.Add(time.Duration(30+g.r.IntN(90)) * 24 * time.Hour)
		if clock.After(now) {
			return nil
		}
		outcome := g.pick("care_completed", "care_completed", "referred_elsewhere", "prosecution", "no_contact")
		if _, err := g.st.CloseCase(ctx, af, *res.CaseID, outcome, ""); err != nil {
			return fmt.Errorf("demo close: %w", err)
		}
	}
	return nil
}

var feedbackTexts = []string{
	"Intake heeft plaatsgevonden; betrokkene is aangemeld voor opvang.",
	"Contact gelegd; vervolggesprek is gepland.",
	"Informatie is gedeeld in het casusoverleg; vervolgstappen volgen.",
	"Aangifte is opgenomen; onderzoek loopt.",
}

// answer lets the receiving organisation answer a referral as it would.
func (g *gen) answer(ctx context.Context, clock *time.Time, now time.Time, ref schakel.Referral, caseID string, af *schakel.User) error {
	u := g.res.Users[ref.To]
	if u == nil {
		return fmt.Errorf("demo: no user for %s", ref.To)
	}
	*clock = clock.Add(time.Duration(4+g.r.IntN(90)) * time.Hour)
	if clock.After(now) || g.chance(0.05) {
		return nil // still waiting for an answer
	}
	if g.chance(0.1) {
		if _, err := g.st.DeclineReferral(ctx, u, ref.ID, "Valt buiten onze doelgroep; graag eerst afstemmen met de zorgcoördinator."); err != nil {
			return fmt.Errorf("demo decline: %w", err)
		}
		if g.chance(0.5) {
			*clock = clock.Add(24 * time.Hour)
			_, err := g.st.ReRefer(ctx, af, caseID, ref.To, "Na overleg opnieuw voorgelegd.")
			if err != nil && schakel.ErrorKind(err) != schakel.KindConflict {
				return fmt.Errorf("demo re-refer: %w", err)
			}
		}
		return nil
	}
	if _, err := g.st.AcceptReferral(ctx, u, ref.ID); err != nil {
		return fmt.Errorf("demo accept: %w", err)
	}
	if g.chance(0.7) {
		*clock = clock.Add(time.Duration(1+g.r.IntN(14)) * 24 * time.Hour)
		if clock.Before(now) {
			if _, err := g.st.GiveFeedback(ctx, u, ref.ID, g.pick(feedbackTexts...)); err != nil {
				return fmt.Errorf("demo feedback: %w", err)
			}
		}
	}
	if now.Sub(*clock) > 90*24*time.Hour && g.chance(0.6) {
		*clock = clock.Add(30 * 24 * time.Hour)
		if _, err := g.st.CloseReferral(ctx, u, ref.ID); err != nil {
			return fmt.Errorf("demo close referral: %w", err)
		}
	}
	return nil
}
