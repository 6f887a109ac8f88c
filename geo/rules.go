package geo

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// rules holds the curated vocabulary of data/georules.tsv, one word set per rule family.
type rules struct {
	route, sited, landmark, landmarkNear, landmarkPre, landmarkMod, body, bodyMod, office, withdraw   map[string]bool
	clubHead, clubTail, club, sports, sportsVerb, recipient, apposition, direction, article, nameHead map[string]bool
	naming, stateEnd, seat                                                                            map[string]bool
}

// family returns the word set of a family name in the file, or nil for an unknown family.
func (r *rules) family(name string) *map[string]bool {
	switch name {
	case "route":
		return &r.route
	case "sited":
		return &r.sited
	case "landmark":
		return &r.landmark
	case "landmarknear":
		return &r.landmarkNear
	case "landmarkpre":
		return &r.landmarkPre
	case "landmarkmod":
		return &r.landmarkMod
	case "body":
		return &r.body
	case "bodymod":
		return &r.bodyMod
	case "office":
		return &r.office
	case "withdraw":
		return &r.withdraw
	case "clubhead":
		return &r.clubHead
	case "clubtail":
		return &r.clubTail
	case "club":
		return &r.club
	case "sports":
		return &r.sports
	case "sportsverb":
		return &r.sportsVerb
	case "recipient":
		return &r.recipient
	case "apposition":
		return &r.apposition
	case "direction":
		return &r.direction
	case "article":
		return &r.article
	case "namehead":
		return &r.nameHead
	case "naming":
		return &r.naming
	case "stateend":
		return &r.stateEnd
	case "seat":
		return &r.seat
	}
	return nil
}

// readRules parses georules.tsv: comments, a header, then "family<TAB>word" lines.
func readRules(r io.Reader) (*rules, error) {
	out := &rules{}
	sc := bufio.NewScanner(r)
	header := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		fam, word, ok := strings.Cut(line, "\t")
		m := out.family(fam)
		if !ok || m == nil || strings.TrimSpace(word) == "" {
			return nil, fmt.Errorf("georules.tsv:%d: want a known family, a tab and a word: %q", n, line)
		}
		if *m == nil {
			*m = map[string]bool{}
		}
		(*m)[FoldToken(strings.TrimSpace(word))] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("georules.tsv: %w", err)
	}
	return out, nil
}

// loadRules reads georules.tsv from fsys into the parser; a file system without one leaves the
// parser without these rules.
func (p *Parser) loadRules(fsys fs.FS) error {
	f, err := fsys.Open("georules.tsv")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	defer f.Close()
	r, err := readRules(f)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	p.rules = *r
	return nil
}
