package geo

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// loadOrgNames reads the names and aliases of data/organisations.tsv (the armed groups and
// international bodies news names as actors): a name the gazetteer also holds as a place's
// ("Taliban", an alternate name of a Turkish village) is the organisation, never a toponym.
func (p *Parser) loadOrgNames(fsys fs.FS) error {
	f, err := fsys.Open("organisations.tsv")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	defer f.Close()
	p.orgNames = map[string]bool{}
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		name, aliases, _ := strings.Cut(line, "\t")
		for _, a := range append([]string{name}, strings.Split(aliases, "|")...) {
			if a = strings.TrimSpace(a); a != "" {
				p.orgNames[a] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("geo: organisations.tsv: %w", err)
	}
	return nil
}

// orgName reports whether span s is written exactly as an organisation's name or alias.
func (p *Parser) orgName(d *Doc, s *span) bool {
	return p.orgNames[d.Text[d.Tokens[s.i].Start:d.Tokens[s.j-1].End]]
}
