package geo

import (
	"errors"
	"io/fs"
	"strings"
)

// loadOrgNames reads the names and aliases of data/organisations.tsv (the armed groups and
// international bodies news names as actors): a name the gazetteer also holds as a place's
// ("Taliban", an alternate name of a Turkish village) is the organisation, never a toponym.
func (p *Parser) loadOrgNames(fsys fs.FS) error {
	if _, err := fs.Stat(fsys, "organisations.tsv"); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	p.orgNames = map[string]bool{}
	return tsvLines(fsys, "organisations.tsv", 1, func(_ int, f []string) error {
		names := f[:1]
		if len(f) > 1 {
			names = append(names, strings.Split(f[1], "|")...)
		}
		for _, a := range names {
			if a = strings.TrimSpace(a); a != "" {
				p.orgNames[a] = true
			}
		}
		return nil
	})
}

// orgName reports whether span s is written exactly as an organisation's name or alias.
func (p *Parser) orgName(d *Doc, s *span) bool {
	return p.orgNames[d.Text[d.Tokens[s.i].Start:d.Tokens[s.j-1].End]]
}
