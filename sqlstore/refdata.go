package sqlstore

import (
	"context"
	"database/sql"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/schakel-nl/schakel"
)

func requireRole(u *schakel.User, roles ...schakel.Role) error {
	for _, r := range roles {
		if u.Role == r {
			return nil
		}
	}
	return forbidden("Dit onderdeel is niet voor uw rol.")
}

func cleanLabel(field, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" || utf8.RuneCountInString(v) > schakel.MaxShort {
		return "", schakel.Invalid(schakel.FieldError{Field: field, Message: "Vul een naam in (ten hoogste 200 tekens)."})
	}
	return v, nil
}

// UpdateMunicipality lets the beheerder rename a municipality or set it
// (in)active.
func (s *Store) UpdateMunicipality(ctx context.Context, u *schakel.User, slug, name string, active bool) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	name, err := cleanLabel("name", name)
	if err != nil {
		return err
	}
	return s.adminUpdate(ctx, u, "municipality", slug, `UPDATE municipalities SET name = ?, active = ? WHERE slug = ?`, name, b2i(active), slug)
}

// UpdateOrganisation lets the beheerder change an organisation's name,
// contact details and whether it is active.
func (s *Store) UpdateOrganisation(ctx context.Context, u *schakel.User, code, name, contact string, active bool) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	name, err := cleanLabel("name", name)
	if err != nil {
		return err
	}
	if utf8.RuneCountInString(contact) > 500 {
		return schakel.Invalid(schakel.FieldError{Field: "contact", Message: "Te lang (ten hoogste 500 tekens)."})
	}
	return s.adminUpdate(ctx, u, "organisation", code, `UPDATE organisations SET name = ?, contact = ?, active = ? WHERE code = ?`, name, strings.TrimSpace(contact), b2i(active), code)
}

// SaveIndicator adds an indicator to the catalogue or changes one. Codes
// are stable: an existing code keeps its form.
func (s *Store) SaveIndicator(ctx context.Context, u *schakel.User, in schakel.Indicator) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	var p schakel.Problems
	in.Code = strings.TrimSpace(in.Code)
	if !validCode(in.Code) {
		p.Add("code", "Gebruik alleen kleine letters, cijfers, punt en liggend streepje (ten hoogste 80 tekens).")
	}
	if !in.Form.Valid() {
		p.Add("form", "Kies een vorm van uitbuiting.")
	}
	in.Label, in.Source = strings.TrimSpace(in.Label), strings.TrimSpace(in.Source)
	if in.Label == "" || utf8.RuneCountInString(in.Label) > 300 {
		p.Add("label", "Vul een omschrijving in (ten hoogste 300 tekens).")
	}
	if in.Source == "" || utf8.RuneCountInString(in.Source) > 300 {
		p.Add("source", "Vermeld de bron (ten hoogste 300 tekens).")
	}
	if err := p.Err(); err != nil {
		return err
	}
	defer s.forgetCatalog()
	return internal("save indicator", s.db.inTx(ctx, func(tx querier) error {
		var form string
		err := tx.row(ctx, `SELECT form FROM indicators WHERE code = ?`, in.Code).Scan(&form)
		switch {
		case isNoRows(err):
			var pos int
			if err := tx.row(ctx, `SELECT COALESCE(MAX(position), 0) + 1 FROM indicators`).Scan(&pos); err != nil {
				return err
			}
			_, err = tx.exec(ctx, `INSERT INTO indicators (code, form, label, source, active, position) VALUES (?, ?, ?, ?, ?, ?)`,
				in.Code, string(in.Form), in.Label, in.Source, b2i(in.Active), pos)
			if err != nil {
				return err
			}
		case err != nil:
			return err
		case form != string(in.Form):
			return schakel.Invalid(schakel.FieldError{Field: "form", Message: "De vorm van een bestaande indicator ligt vast."})
		default:
			if _, err := tx.exec(ctx, `UPDATE indicators SET label = ?, source = ?, active = ? WHERE code = ?`, in.Label, in.Source, b2i(in.Active), in.Code); err != nil {
				return err
			}
		}
		return audit(ctx, tx, s.now(), u, "change", "indicator", in.Code)
	}))
}

// UpdateSector lets the beheerder rename a sector or set it (in)active.
func (s *Store) UpdateSector(ctx context.Context, u *schakel.User, code, label string, active bool) error {
	if err := requireRole(u, schakel.RoleBeheerder); err != nil {
		return err
	}
	label, err := cleanLabel("label", label)
	if err != nil {
		return err
	}
	return s.adminUpdate(ctx, u, "sector", code, `UPDATE sectors SET label = ?, active = ? WHERE code = ?`, label, b2i(active), code)
}

func (s *Store) adminUpdate(ctx context.Context, u *schakel.User, objType, id, stmt string, args ...any) error {
	defer s.forgetCatalog()
	return internal("update "+objType, s.db.inTx(ctx, func(tx querier) error {
		res, err := tx.exec(ctx, stmt, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return notFound()
		}
		return audit(ctx, tx, s.now(), u, "change", objType, id)
	}))
}

func validCode(c string) bool {
	if c == "" || len(c) > 80 {
		return false
	}
	for _, r := range c {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_') {
			return false
		}
	}
	return true
}

// cachedCatalog keeps the reference data for a few seconds: every intake
// validates against it. A change by the beheerder clears it at once on
// this instance; other instances follow within catalogTTL.
type cachedCatalog struct {
	cat    *schakel.Catalog
	loaded time.Time
}

const catalogTTL = 5 * time.Second

// Catalog returns the reference data that validation checks against.
func (s *Store) Catalog(ctx context.Context) (*schakel.Catalog, error) {
	return s.catalogOn(ctx, s.db.reader())
}

// catalogOn is Catalog for a caller that holds a transaction: when the
// cache is stale it reads through q. Taking a second connection from the
// pool while holding one deadlocks once every connection is held by a
// caller waiting for another (on PostgreSQL reads and writes share a pool).
func (s *Store) catalogOn(ctx context.Context, q querier) (*schakel.Catalog, error) {
	if c := s.catalog.Load(); c != nil && time.Since(c.loaded) < catalogTTL {
		return c.cat, nil
	}
	cat, err := s.loadCatalog(ctx, q)
	if err != nil {
		return nil, err
	}
	s.catalog.Store(&cachedCatalog{cat: cat, loaded: time.Now()})
	return cat, nil
}

// forgetCatalog drops the cached reference data after a change.
func (s *Store) forgetCatalog() { s.catalog.Store(nil) }

func (s *Store) loadCatalog(ctx context.Context, q querier) (*schakel.Catalog, error) {
	cat := &schakel.Catalog{
		Municipalities: map[string]schakel.Municipality{},
		Organisations:  map[string]schakel.Organisation{},
		Indicators:     map[string]schakel.Indicator{},
		Sectors:        map[string]schakel.Sector{},
	}
	ms, err := s.municipalities(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		cat.Municipalities[m.Slug] = m
	}
	os, err := s.organisations(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, o := range os {
		cat.Organisations[o.Code] = o
	}
	is, err := s.indicators(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, i := range is {
		cat.Indicators[i.Code] = i
	}
	ss, err := s.sectors(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, x := range ss {
		cat.Sectors[x.Code] = x
	}
	return cat, nil
}

// Municipalities lists the municipalities by name.
func (s *Store) Municipalities(ctx context.Context) ([]schakel.Municipality, error) {
	return s.municipalities(ctx, s.db.reader())
}

func (s *Store) municipalities(ctx context.Context, q querier) ([]schakel.Municipality, error) {
	out, err := queryAll(ctx, q, `SELECT slug, name, safety_region, zvh, active FROM municipalities ORDER BY name`, nil, func(rows *sql.Rows) (schakel.Municipality, error) {
		var m schakel.Municipality
		var active int
		err := rows.Scan(&m.Slug, &m.Name, &m.SafetyRegion, &m.ZVH, &active)
		m.Active = active == 1
		return m, err
	})
	return out, internal("municipalities", err)
}

// Organisations lists the organisations by name.
func (s *Store) Organisations(ctx context.Context) ([]schakel.Organisation, error) {
	return s.organisations(ctx, s.db.reader())
}

func (s *Store) organisations(ctx context.Context, q querier) ([]schakel.Organisation, error) {
	out, err := queryAll(ctx, q, `SELECT code, name, kind, safety_region, municipality, contact, active FROM organisations ORDER BY kind, name`, nil, func(rows *sql.Rows) (schakel.Organisation, error) {
		var o schakel.Organisation
		var active int
		err := rows.Scan(&o.Code, &o.Name, &o.Kind, &o.SafetyRegion, &o.Municipality, &o.Contact, &active)
		o.Active = active == 1
		return o, err
	})
	return out, internal("organisations", err)
}

// Indicators lists the indicator catalogue in its order.
func (s *Store) Indicators(ctx context.Context) ([]schakel.Indicator, error) {
	return s.indicators(ctx, s.db.reader())
}

func (s *Store) indicators(ctx context.Context, q querier) ([]schakel.Indicator, error) {
	out, err := queryAll(ctx, q, `SELECT code, form, label, source, active FROM indicators ORDER BY form, position, code`, nil, func(rows *sql.Rows) (schakel.Indicator, error) {
		var i schakel.Indicator
		var active int
		err := rows.Scan(&i.Code, &i.Form, &i.Label, &i.Source, &active)
		i.Active = active == 1
		return i, err
	})
	return out, internal("indicators", err)
}

// Sectors lists the sectors in their order.
func (s *Store) Sectors(ctx context.Context) ([]schakel.Sector, error) {
	return s.sectors(ctx, s.db.reader())
}

func (s *Store) sectors(ctx context.Context, q querier) ([]schakel.Sector, error) {
	out, err := queryAll(ctx, q, `SELECT code, form, label, visibility, active FROM sectors ORDER BY position, code`, nil, func(rows *sql.Rows) (schakel.Sector, error) {
		var x schakel.Sector
		var active int
		err := rows.Scan(&x.Code, &x.Form, &x.Label, &x.Visibility, &active)
		x.Active = active == 1
		return x, err
	})
	return out, internal("sectors", err)
}
