package web

import (
	"context"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// XLSX downloads: one sheet, a header row of the CSV's columns (CSVColumns, PlaceCSVColumns)
// and one row per feature, written with excelize's StreamWriter, which keeps at most 16 MiB of
// the sheet in memory and the rest in a temporary file; the finished workbook is then zipped in
// memory once (compressed) and written out. Cell types:
//   - numbers (geo_precision, latitude, longitude, troops … injured_max, confidence,
//     source_count, mentions, articles) are numbers; a count the CSV leaves empty (not stated)
//     is empty, a stated 0 is 0;
//   - date_start, date_end, first_seen and last_seen, full days, are real dates shown as
//     yyyy-mm-dd, so that a spreadsheet sorts and filters them; anything else stays text;
//   - date stays ISO text ("2021-08", "2020"), since its precision varies and a real date
//     would claim a day the article never gave;
//   - every other cell is text. Text never becomes a formula (cells are written as inline
//     strings); text that starts with = + - @, a tab or a carriage return, unless it is a
//     plain number ("-3"), is also prefixed with an apostrophe, as in the CSV, so that it
//     stays text when the sheet is edited or saved as CSV.
//     A cell longer than a spreadsheet holds (32,767 characters) is cut and ends with "…".

const (
	mtXLSX    = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	xlsxSheet = "conflictmap"
	// xlsxMaxCell is the most characters (UTF-16 units) a cell holds.
	xlsxMaxCell = 32767
)

// xlsxWriter streams rows into a workbook.
type xlsxWriter struct {
	f         *excelize.File
	sw        *excelize.StreamWriter
	row       int
	dateStyle int
}

// newXLSXWriter starts a workbook of one sheet whose header row stays in view; tmpDir ("" the
// system's) is where the sheet goes past 16 MiB.
func newXLSXWriter(tmpDir string) (*xlsxWriter, error) {
	f := excelize.NewFile(excelize.Options{TmpDir: tmpDir})
	x := &xlsxWriter{f: f}
	if err := x.init(); err != nil {
		f.Close()
		return nil, err
	}
	return x, nil
}

func (x *xlsxWriter) init() error {
	if err := x.f.SetSheetName("Sheet1", xlsxSheet); err != nil {
		return err
	}
	iso := "yyyy-mm-dd"
	var err error
	if x.dateStyle, err = x.f.NewStyle(&excelize.Style{CustomNumFmt: &iso}); err != nil {
		return err
	}
	if x.sw, err = x.f.NewStreamWriter(xlsxSheet); err != nil {
		return err
	}
	return x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// header writes the column names as the first row.
func (x *xlsxWriter) header(cols []string) error {
	vals := make([]any, len(cols))
	for i, c := range cols {
		vals[i] = c
	}
	return x.write(vals)
}

func (x *xlsxWriter) write(vals []any) error {
	x.row++
	cell, err := excelize.CoordinatesToCellName(1, x.row)
	if err != nil {
		return err
	}
	return x.sw.SetRow(cell, vals)
}

// finish writes the workbook to w and removes its temporary files.
func (x *xlsxWriter) finish(w io.Writer) error {
	defer x.f.Close()
	if err := x.sw.Flush(); err != nil {
		return err
	}
	_, err := x.f.WriteTo(w)
	return err
}

// text is a text cell: never a formula, neutralised when a spreadsheet would read it as one,
// cut to what a cell holds.
func xlsxText(s string) any {
	if s == "" {
		return nil
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(s, 64); err != nil { // a plain number stays as it is, as in the CSV
			s = "'" + s
		}
	}
	if len(s) > xlsxMaxCell/2 && utf16Len(s) > xlsxMaxCell {
		s = cutUTF16(s, xlsxMaxCell-1) + "…"
	}
	return s
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Units(r)
	}
	return n
}

func utf16Units(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// cutUTF16 returns the longest prefix of s of at most n UTF-16 units.
func cutUTF16(s string, n int) string {
	used := 0
	for i, r := range s {
		if used+utf16Units(r) > n {
			return s[:i]
		}
		used += utf16Units(r)
	}
	return s
}

// xlsxCount is a count cell: empty when unknown (0), as in the CSV.
func xlsxCount(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// xlsxDate is a full day as a real date, anything else as text.
func (x *xlsxWriter) date(s string) any {
	if len(s) == len("2006-01-02") {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return excelize.Cell{StyleID: x.dateStyle, Value: t}
		}
	}
	return xlsxText(s)
}

// eventRow is an event's row, column for column as CSVColumns.
func (x *xlsxWriter) eventRow(e *layers.Event) []any {
	quote, ids := quoteAndArticles(e)
	row := []any{xlsxText(e.ID), xlsxText(e.EventType), xlsxText(e.SubType), xlsxText(e.Date),
		xlsxText(orDefaultStr(e.DatePrecision, "unknown")), x.date(e.DateStart), x.date(e.DateEnd),
		xlsxText(e.DateSourceOrDefault()), xlsxText(e.TimingOrDefault()), xlsxText(e.Place), xlsxText(e.PlaceID),
		xlsxText(e.Country), xlsxText(e.Admin1), xlsxCount(e.GeoPrecision), e.Lat, e.Lon,
		xlsxText(strings.Join(e.Actors, ";"))}
	row = append(row, countCells(e)...)
	return append(row, xlsxText(e.CountsHedge), xlsxText(orDefaultStr(e.Modality, "reported")), e.Confidence, len(e.Sources),
		xlsxText(e.Title), xlsxText(quote), xlsxText(e.SourceTitles()), xlsxText(strings.Join(ids, ";")),
		xlsxText(wkt(e.Lon, e.Lat)))
}

// placeRow is a place's row, column for column as PlaceCSVColumns.
func (x *xlsxWriter) placeRow(p *layers.PlaceFeature) []any {
	return []any{xlsxText(p.ID), xlsxText(p.Name), xlsxText(p.PlaceID), xlsxText(p.Country), xlsxText(p.Level),
		p.Mentions, p.Articles, x.date(p.FirstSeen), x.date(p.LastSeen), p.Lat, p.Lon, xlsxText(wkt(p.Lon, p.Lat))}
}

// writeXLSX writes a cursor's features as a workbook to w: nothing is written to w before every
// feature is in the sheet, so that an error on the way is still an error response.
func writeXLSX(ctx context.Context, w io.Writer, cur store.Iterator, layer, tmpDir string) error {
	x, err := newXLSXWriter(tmpDir)
	if err != nil {
		return err
	}
	cols := CSVColumns
	if layer == "places" {
		cols = PlaceCSVColumns
	}
	if err := x.header(cols); err != nil {
		x.f.Close()
		return err
	}
	err = cur.Each(ctx, func(h layers.Hit) error {
		if h.Place != nil {
			return x.write(x.placeRow(h.Place))
		}
		return x.write(x.eventRow(h.Event))
	})
	if err != nil {
		x.f.Close()
		return err
	}
	return x.finish(w)
}
