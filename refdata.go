package schakel

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
)

// Municipality is one municipality of the police unit, with its safety
// region and the Zorg- en Veiligheidshuis that serves it.
type Municipality struct {
	Slug         string `json:"slug"`
	Name         string `json:"name"`
	SafetyRegion string `json:"safety_region"`
	ZVH          string `json:"zvh"`
	Active       bool   `json:"active"`
}

// Organisation is a partner in the chain. Region is set for organisations
// that serve one safety region (ZVH, Veilig Thuis); Municipality for a
// municipality's own organisation.
type Organisation struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	Kind         string `json:"kind"`
	SafetyRegion string `json:"safety_region,omitempty"`
	Municipality string `json:"municipality,omitempty"`
	Contact      string `json:"contact,omitempty"`
	Active       bool   `json:"active"`
}

// Organisation kinds.
const (
	OrgGemeente        = "gemeente"
	OrgZorgcoordinatie = "zorgcoordinatie"
	OrgZVH             = "zvh"
	OrgRIEC            = "riec"
	OrgPolice          = "police"
	OrgNLA             = "nla"
	OrgVeiligThuis     = "veilig_thuis"
	OrgKMAR            = "kmar"
	OrgRegie           = "regie"
)

// Fixed organisation codes from the integration contract.
const (
	OrgCodeESSM  = "essm"
	OrgCodeRIEC  = "riec-rotterdam"
	OrgCodeAVIM  = "politie-avim"
	OrgCodeNLA   = "nla"
	OrgCodeKMAR  = "kmar"
	OrgCodeRegie = "veiligheidsalliantie"
	regionRR     = "Rotterdam-Rijnmond"
	regionZHZ    = "Zuid-Holland-Zuid"
)

// Indicator is one observable sign of exploitation in the catalogue.
type Indicator struct {
	Code   string `json:"code"`
	Form   Form   `json:"form"`
	Label  string `json:"label"`
	Source string `json:"source"`
	Active bool   `json:"active"`
}

// Sector is a setting where exploitation was seen. For sexual exploitation
// Visibility is "visible" (licensed window, brothel, club) or
// "less_visible" (home, escort, online, …), as the monitor reports it.
type Sector struct {
	Code       string `json:"code"`
	Form       Form   `json:"form"`
	Label      string `json:"label"`
	Visibility string `json:"visibility,omitempty"`
	Active     bool   `json:"active"`
}

//go:embed refdata/municipalities.csv
var municipalitiesCSV string

// DefaultMunicipalities parses the embedded municipality list.
func DefaultMunicipalities() ([]Municipality, error) {
	rows, err := csv.NewReader(strings.NewReader(municipalitiesCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("municipalities.csv: %w", err)
	}
	var out []Municipality
	for i, r := range rows {
		if i == 0 {
			continue
		}
		if len(r) != 4 {
			return nil, fmt.Errorf("municipalities.csv line %d: want 4 fields", i+1)
		}
		out = append(out, Municipality{Slug: r[0], Name: r[1], SafetyRegion: r[2], ZVH: r[3], Active: true})
	}
	return out, nil
}

// DefaultOrganisations derives the organisations of the contract from the
// municipalities: one per municipality plus the regional partners.
func DefaultOrganisations(ms []Municipality) []Organisation {
	var out []Organisation
	for _, m := range ms {
		out = append(out, Organisation{Code: "gemeente-" + m.Slug, Name: "Gemeente " + m.Name,
			Kind: OrgGemeente, SafetyRegion: m.SafetyRegion, Municipality: m.Slug, Active: true})
	}
	out = append(out,
		Organisation{Code: OrgCodeESSM, Name: "Zorgcoördinatie mensenhandel (ESSM, Humanitas)", Kind: OrgZorgcoordinatie, Contact: "7 dagen per week bereikbaar", Active: true},
		Organisation{Code: "zvh-rotterdam-rijnmond", Name: "Zorg- en Veiligheidshuis Rotterdam-Rijnmond", Kind: OrgZVH, SafetyRegion: regionRR, Active: true},
		Organisation{Code: "zvh-zuid-holland-zuid", Name: "Zorg- en Veiligheidshuis Zuid-Holland-Zuid", Kind: OrgZVH, SafetyRegion: regionZHZ, Active: true},
		Organisation{Code: OrgCodeRIEC, Name: "RIEC Rotterdam", Kind: OrgRIEC, Active: true},
		Organisation{Code: OrgCodeAVIM, Name: "Politie eenheid Rotterdam, AVIM", Kind: OrgPolice, Active: true},
		Organisation{Code: OrgCodeNLA, Name: "Nederlandse Arbeidsinspectie", Kind: OrgNLA, Active: true},
		Organisation{Code: "veilig-thuis-rotterdam-rijnmond", Name: "Veilig Thuis Rotterdam Rijnmond", Kind: OrgVeiligThuis, SafetyRegion: regionRR, Active: true},
		Organisation{Code: "veilig-thuis-zuid-holland-zuid", Name: "Veilig Thuis Zuid-Holland-Zuid", Kind: OrgVeiligThuis, SafetyRegion: regionZHZ, Active: true},
		Organisation{Code: OrgCodeKMAR, Name: "Koninklijke Marechaussee", Kind: OrgKMAR, Active: true},
		Organisation{Code: OrgCodeRegie, Name: "VeiligheidsAlliantie regio Rotterdam (beleidsregie)", Kind: OrgRegie, Active: true},
	)
	return out
}

const (
	srcILO      = "ILO, Indicators of Forced Labour (2012)"
	srcCoMensha = "CoMensha, Signalenlijst mensenhandel"
	srcUNODC    = "UNODC, Human Trafficking Indicators"
	srcNRM      = "Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting"
	srcCCV      = "CCV, Signalenkaart mensenhandel voor gemeenten"
)

// DefaultIndicators is the catalogue loaded at first start. Codes are
// stable: they are stored with signals and counted by the monitor.
func DefaultIndicators() []Indicator {
	in := func(code string, f Form, label, src string) Indicator {
		return Indicator{Code: code, Form: f, Label: label, Source: src, Active: true}
	}
	return []Indicator{
		// The ILO's eleven indicators of forced labour.
		in("labour.abuse_of_vulnerability", FormLabour, "Misbruik van een kwetsbare positie (taal, verblijfsstatus, armoede, afhankelijkheid)", srcILO),
		in("labour.deception", FormLabour, "Misleiding over werk, loon of omstandigheden", srcILO),
		in("labour.restriction_of_movement", FormLabour, "Beperking van bewegingsvrijheid", srcILO),
		in("labour.isolation", FormLabour, "Isolement (afgelegen werk- of woonplek, geen contact met buitenwereld)", srcILO),
		in("labour.physical_sexual_violence", FormLabour, "Fysiek of seksueel geweld", srcILO),
		in("labour.intimidation_threats", FormLabour, "Intimidatie en bedreiging", srcILO),
		in("labour.retention_of_documents", FormLabour, "Innemen van identiteitsdocumenten", srcILO),
		in("labour.withholding_wages", FormLabour, "Inhouden of niet uitbetalen van loon", srcILO),
		in("labour.debt_bondage", FormLabour, "Schuldslavernij (schuld voor reis, huisvesting of bemiddeling)", srcILO),
		in("labour.abusive_conditions", FormLabour, "Onmenselijke werk- en leefomstandigheden", srcILO),
		in("labour.excessive_overtime", FormLabour, "Buitensporig overwerk", srcILO),

		in("sexual.no_control_earnings", FormSexual, "Geen of weinig zeggenschap over verdiensten", srcCoMensha),
		in("sexual.controlled_by_others", FormSexual, "Wordt gecontroleerd of begeleid door derden (telefoon, vervoer, toezicht)", srcCoMensha),
		in("sexual.no_documents", FormSexual, "Beschikt niet over eigen identiteitsdocumenten", srcCoMensha),
		in("sexual.debt", FormSexual, "Heeft een schuld bij exploitant of tussenpersoon", srcCoMensha),
		in("sexual.injuries", FormSexual, "Tekenen van mishandeling of verwaarlozing", srcUNODC),
		in("sexual.branding_tattoo", FormSexual, "Tatoeage of merkteken dat op 'eigendom' wijst", srcUNODC),
		in("sexual.many_clients_long_hours", FormSexual, "Zeer lange werkdagen of ongebruikelijk veel klanten", srcCoMensha),
		in("sexual.changing_locations", FormSexual, "Wisselt vaak van werkplek of stad, kent adres van verblijf niet", srcCCV),
		in("sexual.lover_boy", FormSexual, "Afhankelijke relatie met een (loverboy)pooier", srcCoMensha),
		in("sexual.ads_by_third_party", FormSexual, "Advertenties worden door een ander geplaatst of beheerd", srcCCV),
		in("sexual.minor_involved", FormSexual, "Minderjarige betrokken bij seksuele handelingen tegen betaling", srcCoMensha),
		in("sexual.fear_scripted", FormSexual, "Angstig, voert niet zelf het woord of vertelt een ingestudeerd verhaal", srcUNODC),

		in("criminal.forced_drug_dealing", FormCriminal, "Dealen of drugs vervoeren onder druk van anderen", srcNRM),
		in("criminal.bank_account_misuse", FormCriminal, "Bankrekening, pas of identiteit gebruikt door anderen (geldezel)", srcNRM),
		in("criminal.home_used_for_drugs", FormCriminal, "Woning gebruikt voor drugsproductie of -opslag", srcNRM),
		in("criminal.organised_shoplifting", FormCriminal, "Winkeldiefstal in georganiseerd verband", srcNRM),
		in("criminal.forced_begging", FormCriminal, "Bedelen onder dwang", srcUNODC),
		in("criminal.debt_to_group", FormCriminal, "Schuld aan een criminele groep of persoon", srcNRM),
		in("criminal.unexplained_money", FormCriminal, "Onverklaarbaar geld, dure kleding of telefoons", srcNRM),
		in("criminal.school_absence", FormCriminal, "Schoolverzuim, vermissing of weglopen", srcNRM),
		in("criminal.older_contacts", FormCriminal, "Contact met (veel) oudere personen uit het criminele milieu", srcNRM),
		in("criminal.threats_violence", FormCriminal, "Bedreigd, afgeperst of mishandeld", srcNRM),
		in("criminal.far_from_home", FormCriminal, "Aangehouden ver van de eigen woonplaats", srcNRM),
		in("criminal.no_own_profit", FormCriminal, "Draagt opbrengst van delicten af aan anderen", srcUNODC),

		in("organ.unexplained_surgery", FormOrgan, "Onverklaarbaar litteken of recente operatie", srcUNODC),
		in("organ.payment_for_organ", FormOrgan, "Geld of schuldaflossing aangeboden voor een orgaan", srcUNODC),
		in("organ.coerced_surrogacy", FormOrgan, "Draagmoederschap onder dwang", srcCoMensha),
	}
}

// DefaultSectors is the sector list loaded at first start.
func DefaultSectors() []Sector {
	s := func(code string, f Form, label, vis string) Sector {
		return Sector{Code: code, Form: f, Label: label, Visibility: vis, Active: true}
	}
	return []Sector{
		s("window", FormSexual, "Raamprostitutie", "visible"),
		s("club", FormSexual, "Club of privéhuis (vergund)", "visible"),
		s("escort", FormSexual, "Escort", "less_visible"),
		s("home", FormSexual, "Thuisprostitutie", "less_visible"),
		s("online", FormSexual, "Online (advertenties, webcam)", "less_visible"),
		s("hotel", FormSexual, "Hotel of vakantiewoning", "less_visible"),
		s("massage", FormSexual, "Massagesalon (onvergund)", "less_visible"),
		s("drug_trade", FormCriminal, "Drugshandel en -koerierswerk", ""),
		s("drug_production", FormCriminal, "Drugsproductie (hennep, synthetisch)", ""),
		s("shoplifting", FormCriminal, "Winkeldiefstal", ""),
		s("begging", FormCriminal, "Bedelarij", ""),
		s("financial_fraud", FormCriminal, "Bank- en identiteitsfraude", ""),
		s("agriculture", FormLabour, "Land- en tuinbouw", ""),
		s("construction", FormLabour, "Bouw", ""),
		s("logistics", FormLabour, "Distributie en logistiek", ""),
		s("hospitality", FormLabour, "Horeca", ""),
		s("cleaning", FormLabour, "Schoonmaak", ""),
		s("food_processing", FormLabour, "Vleesverwerking en voedingsindustrie", ""),
		s("domestic_work", FormLabour, "Huishoudelijk werk", ""),
		s("beauty", FormLabour, "Nagel- en schoonheidssalon", ""),
		s("shipping", FormLabour, "Scheepvaart en haven", ""),
		s("medical", FormOrgan, "Medische setting", ""),
		s("other", "", "Anders", ""),
	}
}
