package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"conflictmap/layers"
)

// row is one event of the PostGIS table.
type row struct {
	id         int
	label      string // the ACLED-like event_type of load.sql
	date       string
	country    string
	fatalities int
	lon, lat   float64
}

// typeOf maps load.sql's seven ACLED-like labels one to one onto the project's seven event
// types, so that every project type holds as many events as one label (Battles ↔ clash is the
// pair the CQL2 queries compare). The label itself is kept as the event's sub_type.
var typeOf = map[string]string{
	"Battles":                    layers.TypeClash,
	"Explosions/Remote violence": layers.TypeIncident,
	"Strategic developments":     layers.TypeDeployment,
	"Violence against civilians": layers.TypeExercise,
	"Protests":                   layers.TypeMeeting,
	"Demonstrations":             layers.TypeParade,
	"Riots":                      layers.TypeAgreement,
}

// readCSV reads the exported rows; a malformed line is an error naming it.
func readCSV(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	r.FieldsPerRecord = 7
	r.ReuseRecord = true
	var rows []row
	for line := 1; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rw, err := parseRow(rec)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		rows = append(rows, rw)
	}
}

func parseRow(rec []string) (row, error) {
	var rw row
	var err error
	if rw.id, err = strconv.Atoi(rec[0]); err != nil || rw.id < 1 {
		return rw, fmt.Errorf("id %q is not a positive integer", rec[0])
	}
	rw.label = rec[1]
	if _, ok := typeOf[rw.label]; !ok {
		return rw, fmt.Errorf("unknown event_type %q", rec[1])
	}
	rw.date, rw.country = rec[2], rec[3]
	if len(rw.date) != 10 {
		return rw, fmt.Errorf("date %q is not YYYY-MM-DD", rec[2])
	}
	if rw.fatalities, err = strconv.Atoi(rec[4]); err != nil || rw.fatalities < 0 {
		return rw, fmt.Errorf("fatalities %q", rec[4])
	}
	if rw.lon, err = strconv.ParseFloat(rec[5], 64); err != nil {
		return rw, fmt.Errorf("lon %q", rec[5])
	}
	if rw.lat, err = strconv.ParseFloat(rec[6], 64); err != nil {
		return rw, fmt.Errorf("lat %q", rec[6])
	}
	return rw, nil
}

// event is row r as a conflictmap event reported by article aid; each row has its own place id,
// so no two rows share a derived id (but see assignIDs).
func event(r row) layers.Event {
	t := typeOf[r.label]
	place := "P" + strconv.Itoa(r.id)
	return layers.Event{
		EventType: t, SubType: r.label, Title: r.label + " near " + place,
		Place: place, PlaceID: "pg" + strconv.Itoa(r.id), Country: r.country, GeoPrecision: 1,
		Date: r.date, DatePrecision: "day", DateStart: r.date, DateEnd: r.date, DateSource: "text",
		Timing: "news", Fatalities: r.fatalities, Stated: layers.StatedFatalities,
		Modality: "asserted", Confidence: 0.8, Lon: r.lon, Lat: r.lat, Level: "city",
	}
}

// assignIDs computes the feature id the store gives each row: DeriveEventID, then -2, -3 …
// for a taken one, in load order, as the store does for new events.
func assignIDs(rows []row) ([]string, error) {
	ids := make([]string, len(rows))
	taken := make(map[string]bool, len(rows))
	for i, r := range rows {
		e := event(r)
		base := layers.DeriveEventID(&e)
		id := base
		for n := 2; taken[id]; n++ {
			if n > layers.MaxDerivedIDs {
				return nil, fmt.Errorf("no free id for PostGIS id %d (%s)", r.id, base)
			}
			id = base + "-" + strconv.Itoa(n)
		}
		taken[id] = true
		ids[i] = id
	}
	return ids, nil
}

// article is synthetic article k reporting rows: one sentence per event, quoted by its source.
func article(k int, rows []row) *layers.Result {
	id := fmt.Sprintf("bench%07d", k)
	pub := rows[0].date
	res := &layers.Result{Article: layers.Article{ID: id, Title: "Bench article " + id,
		Publication: "Bench", Published: pub, URL: "https://example.org/bench/" + id, MediaType: "text/plain"}}
	var b strings.Builder
	for _, r := range rows {
		e := event(r)
		q := fmt.Sprintf("%s near %s on %s.", r.label, e.Place, r.date)
		start := b.Len()
		b.WriteString(q)
		b.WriteString(" ")
		e.Sources = []layers.Source{{ArticleID: id, Quote: q, Start: start, End: start + len(q)}}
		res.Events = append(res.Events, e)
	}
	res.Article.Raw = b.String()
	res.Article.BodyEnd = b.Len()
	return res
}

// lineWriter writes lines through a buffer, keeping the first error.
type lineWriter struct {
	w   *bufio.Writer
	err error
}

func newLineWriter(w io.Writer) *lineWriter { return &lineWriter{w: bufio.NewWriterSize(w, 1<<20)} }

func (l *lineWriter) line(s string) {
	if l.err == nil {
		_, l.err = l.w.WriteString(s + "\n")
	}
}

func (l *lineWriter) flush() error {
	if l.err != nil {
		return l.err
	}
	return l.w.Flush()
}
