package web

import (
	"encoding/csv"
	"encoding/xml"
	"os"
	"regexp"
	"strings"
	"testing"

	"conflictmap/layers"
)

// TestKMLStyles checks that a KML download has one Style per event type (and one for places) in
// the colours of the map's layer table, and that each placemark uses its type's style.
func TestKMLStyles(t *testing.T) {
	js, err := os.ReadFile("static/js/layers.js")
	if err != nil {
		t.Fatal(err)
	}
	mapColour := func(typ string) string { // read here line by line, not with the server's reader
		for _, line := range strings.Split(string(js), "\n") {
			if strings.Contains(line, "type: '"+typ+"'") {
				if m := regexp.MustCompile(`color: '#(..)(..)(..)'`).FindStringSubmatch(line); m != nil {
					return strings.ToLower("ff" + m[3] + m[2] + m[1])
				}
			}
		}
		t.Fatalf("layers.js has no colour for type %q", typ)
		return ""
	}
	_, h := seeded(t)
	for _, layer := range []string{"events", "places"} {
		rec := do(h, "GET", "/api/collections/"+layer+"/download?format=kml", nil)
		var k struct {
			Styles []struct {
				ID     string `xml:"id,attr"`
				Colour string `xml:"IconStyle>color"`
			} `xml:"Document>Style"`
			Placemarks []struct {
				Style string `xml:"styleUrl"`
				Data  []struct {
					Name  string `xml:"name,attr"`
					Value string `xml:"value"`
				} `xml:"ExtendedData>Data"`
			} `xml:"Document>Placemark"`
		}
		if err := xml.Unmarshal(rec.Body.Bytes(), &k); err != nil {
			t.Fatalf("%s: %v", layer, err)
		}
		styles := map[string]string{}
		for _, s := range k.Styles {
			styles[s.ID] = s.Colour
		}
		for _, l := range layers.Layers {
			if l.EventType == "" {
				continue
			}
			if got, want := styles[l.EventType], mapColour(l.EventType); got != want {
				t.Errorf("%s: style %s colour %q, want the map's %q", layer, l.EventType, got, want)
			}
		}
		if got, want := styles["place"], mapColour(""); got != want {
			t.Errorf("%s: place style %q, want %q", layer, got, want)
		}
		if len(k.Placemarks) == 0 {
			t.Fatalf("%s: no placemarks", layer)
		}
		for _, p := range k.Placemarks {
			want := "#place"
			for _, d := range p.Data {
				if d.Name == "event_type" {
					want = "#" + d.Value
				}
			}
			if p.Style != want {
				t.Errorf("%s: placemark styleUrl %q, want %q", layer, p.Style, want)
			}
		}
	}
}

func TestParseLayerColours(t *testing.T) {
	full := `export const EVENT_LAYERS = [
  { id: 'deployments', type: 'deployment', title: 'Deployments', one: 'Deployment', color: '#2563EB', shape: 'square' },
  { id: 'clashes', type: 'clash', title: 'Clashes', color: '#dc2626', shape: 'star' },
  { id: 'incidents', type: 'incident', title: 'Incidents', color: '#ea580c', shape: 'triangle' },
  { id: 'exercises', type: 'exercise', title: 'Exercises', color: '#7c3aed', shape: 'hexagon' },
  { id: 'agreements', type: 'agreement', title: 'Agreements', color: '#059669', shape: 'circle' },
  { id: 'parades', type: 'parade', title: 'Parades', color: '#b7791f', shape: 'triangle-down' },
  { id: 'meetings', type: 'meeting', title: 'Meetings', color: '#0891b2', shape: 'diamond' },
];
export const PLACES_LAYER = { id: 'places', type: '', title: 'Places mentioned', color: '#64748b', shape: 'dot' };`
	tests := []struct {
		name, js string
		ok       bool
		clash    string
	}{
		{"every layer", full, true, "#dc2626"},
		{"a layer without colour", strings.Replace(full, "color: '#dc2626', ", "", 1), false, ""},
		{"no places", full[:strings.Index(full, "export const PLACES")], false, "#dc2626"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseLayerColours(tc.js)
			if (err == nil) != tc.ok || c["clash"] != tc.clash {
				t.Errorf("clash %q, err %v; want %q, ok %v", c["clash"], err, tc.clash, tc.ok)
			}
			if tc.ok && c["deployment"] != "#2563eb" {
				t.Errorf("deployment %q", c["deployment"])
			}
		})
	}
	if _, err := layerColours(); err != nil {
		t.Errorf("the embedded map table: %v", err)
	}
	if got := kmlColour("#dc2626"); got != "ff2626dc" {
		t.Errorf("kmlColour = %q", got)
	}
}

// TestCSVBOM checks bom=1: a CSV that starts with a UTF-8 byte order mark and reads the same;
// none without it, and a bad value is a 400 problem.
func TestCSVBOM(t *testing.T) {
	_, h := seeded(t)
	tests := []struct {
		query  string
		status int
		bom    bool
	}{
		{"format=csv", 200, false},
		{"format=csv&bom=1", 200, true},
		{"format=csv&bom=true", 200, true},
		{"format=csv&bom=0", 200, false},
		{"format=geojson&bom=1", 200, false},
		{"format=csv&bom=yes", 400, false},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			rec := do(h, "GET", "/api/collections/events/download?"+tc.query, nil)
			if rec.Code != tc.status {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			body := rec.Body.String()
			if tc.status != 200 {
				if rec.Header().Get("Content-Type") != mtProblems || !strings.Contains(body, "bom") {
					t.Errorf("problem: %s %s", rec.Header().Get("Content-Type"), body)
				}
				return
			}
			if got := strings.HasPrefix(body, "\xEF\xBB\xBF"); got != tc.bom {
				t.Fatalf("BOM %v, want %v: %q", got, tc.bom, body[:min(20, len(body))])
			}
			if !strings.Contains(tc.query, "csv") {
				return
			}
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\xEF\xBB\xBF"))).ReadAll()
			if err != nil || len(rows) < 2 || rows[0][0] != "id" {
				t.Fatalf("csv: %v %v", err, rows)
			}
			col := map[string]int{}
			for i, c := range rows[0] {
				col[c] = i
			}
			for _, r := range rows[1:] {
				if r[col["source_titles"]] == "" || r[col["quote"]] == "" {
					t.Errorf("row without source_titles or quote: %v", r)
				}
			}
		})
	}
}
