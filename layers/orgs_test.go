package layers

import (
	"testing"

	"conflictmap/data"
)

// findOrgsEveryAlias is findOrgs without the first-word index: every alias searched in turn.
func findOrgsEveryAlias(orgs []orgAlias, text string, lo, hi int) []orgHit {
	var out []orgHit
	for _, o := range orgs {
		out = appendAliasHits(out, text, lo, hi, o)
	}
	return out
}

var orgTexts = []string{
	"The OSCE Minsk Group and the EU mission met; NATO's chief and the UN spoke.",
	"EUMA monitors, not EU-led ones, patrolled. The EUropean reader and xNATO were not there.",
	"Hamas and Hezbollah fired; the RSF (Rapid Support Forces) overran Khartoum, said (Kremlin) sources.",
	"Wagner Group fighters — the Wagner group — left Mali; the Africa Corps arrived.",
	"À l'ONU, l'OTAN; Ñandú EU ÉU (NATO) [UN] «OSCE» NATO",
	"CSTO CSTO CSTO-led peacekeepers and the Collective Security Treaty Organization.",
	"",
}

// The first-word index finds exactly what searching for every alias finds, at every cut.
func TestFindOrgsIndexAgreesWithEveryAlias(t *testing.T) {
	tables := map[string]*orgTable{}
	real, err := loadOrgs(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	tables["data"] = real
	tables["synthetic"] = newOrgTable([]orgAlias{
		{"(Kremlin)", "Russia"}, {"Wagner Group", "Wagner"}, {"ÉU", "Écu"}, {"CSTO-led", "CSTO"},
		{"Wagner", "Wagner"}, {"EU", "European Union"}, {"UN", "United Nations"}, {"«OSCE»", "OSCE"},
	})
	found := 0
	for name, tb := range tables {
		for _, text := range orgTexts {
			for lo := 0; lo <= len(text); lo += 3 {
				for _, hi := range []int{len(text), lo + (len(text)-lo)/2} {
					got, want := findOrgs(tb, text, lo, hi), findOrgsEveryAlias(tb.aliases, text, lo, hi)
					if len(got) != len(want) {
						t.Fatalf("%s %q [%d:%d]: %v, want %v", name, text, lo, hi, got, want)
					}
					for i := range got {
						if got[i] != want[i] {
							t.Fatalf("%s %q [%d:%d]: %v, want %v", name, text, lo, hi, got, want)
						}
					}
					found += len(got)
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no organisation found in any text")
	}
}
