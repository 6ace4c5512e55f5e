package web

import (
	"bytes"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// fuzzCatalog is the reference data validation checks against.
func fuzzCatalog() *schakel.Catalog {
	cat := &schakel.Catalog{Municipalities: map[string]schakel.Municipality{}, Organisations: map[string]schakel.Organisation{},
		Indicators: map[string]schakel.Indicator{}, Sectors: map[string]schakel.Sector{}}
	ms, err := schakel.DefaultMunicipalities()
	if err != nil {
		panic(err)
	}
	for _, m := range ms {
		cat.Municipalities[m.Slug] = m
	}
	for _, o := range schakel.DefaultOrganisations(ms) {
		cat.Organisations[o.Code] = o
	}
	for _, i := range schakel.DefaultIndicators() {
		cat.Indicators[i.Code] = i
	}
	for _, s := range schakel.DefaultSectors() {
		cat.Sectors[s.Code] = s
	}
	return cat
}

// FuzzSignalJSON: whatever arrives as a JSON body is either refused as
// invalid input, naming what is wrong, or decodes and validates without a
// panic; nothing else.
func FuzzSignalJSON(f *testing.F) {
	f.Add([]byte(`{"municipality":"rotterdam","observed_on":"2026-01-02","forms":["sexual"],"acute_danger":false,"account":"x","reporter":{"name":"A"},"persons":[{"role":"victim","birth_date":"2009-03"}]}`))
	f.Add([]byte(`{"persons":[{"estimated_age":1e99}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"forms":"sexual"}`))
	f.Add([]byte(`{} {}`))
	cat := fuzzCatalog()
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body []byte) {
		r := httptest.NewRequest("POST", "/api/v1/signals", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		var in schakel.SignalInput
		if err := decodeJSON(r, &in); err != nil {
			if schakel.ErrorKind(err) != schakel.KindInvalid {
				t.Fatalf("decode error of kind %s: %v", schakel.ErrorKind(err), err)
			}
			return
		}
		if err := in.Validate(now, cat); err != nil && schakel.ErrorKind(err) != schakel.KindInvalid {
			t.Fatalf("validate error of kind %s: %v", schakel.ErrorKind(err), err)
		}
	})
}

// FuzzAuditFilterJSON: the privacy officer's search body.
func FuzzAuditFilterJSON(f *testing.F) {
	f.Add([]byte(`{"user":"a@b.nl","case":"x","person":{"name":"Anna","birth_date":"01-02-1990"},"from":"2026-01-01","limit":10}`))
	f.Add([]byte(`{"person":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		r := httptest.NewRequest("POST", "/api/v1/audit/search", bytes.NewReader(body))
		var in sqlstore.AuditFilter
		if err := decodeJSON(r, &in); err != nil && schakel.ErrorKind(err) != schakel.KindInvalid {
			t.Fatalf("decode error of kind %s: %v", schakel.ErrorKind(err), err)
		}
	})
}

// FuzzSignalForm: whatever a browser (or anyone) posts to the signal form
// is read into an input and validated without a panic, and every error
// names a field.
func FuzzSignalForm(f *testing.F) {
	f.Add("municipality=rotterdam&observed_on=2026-01-02&forms=sexual&acute_danger=no&account=x&persons_count=2&persons%5B0%5D.role=victim&persons%5B0%5D.birth_date=17-05-1990&persons%5B1%5D.estimated_age=abc")
	f.Add("persons_count=999999999999999999999")
	f.Add("persons_count=-3&acute_danger=maybe")
	f.Add("%zz")
	cat := fuzzCatalog()
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return // the server answers a form it cannot read with a Dutch error
		}
		_, in, slots, errs := parseSignalForm(form)
		if len(slots) != len(in.Persons) || len(in.Persons) > schakel.MaxPersons {
			t.Fatalf("%d slots for %d persons", len(slots), len(in.Persons))
		}
		for _, e := range errs {
			if e.Field == "" || e.Message == "" {
				t.Fatalf("error without field or message: %+v", e)
			}
		}
		if err := in.Validate(now, cat); err != nil && schakel.ErrorKind(err) != schakel.KindInvalid {
			t.Fatalf("validate error of kind %s: %v", schakel.ErrorKind(err), err)
		}
	})
}
