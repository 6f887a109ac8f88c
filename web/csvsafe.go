package web

import "strconv"

// write writes one CSV record, its cells neutralised (csvSafe); rec itself (the shared header
// slices) is never changed.
func (c *csvEncoder) write(rec []string) error {
	var out []string
	for i, v := range rec {
		if s := csvSafe(v); s != v {
			if out == nil {
				out = append([]string(nil), rec...)
			}
			out[i] = s
		}
	}
	if out == nil {
		out = rec
	}
	return c.w.Write(out)
}

// csvSafe keeps a spreadsheet from reading a cell as a formula (CSV injection): a cell that
// starts with = + - @, a tab or a carriage return gets a leading apostrophe, unless it is a
// plain number (a negative longitude stays a number).
func csvSafe(v string) string {
	if v == "" {
		return v
	}
	switch v[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return v
		}
		return "'" + v
	}
	return v
}
