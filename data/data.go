// Package data holds the files conflictmap embeds: the generated gazetteer
// (gazetteer.tsv.gz, countries.geojson.gz), the curated, reviewed gazetteer tables
// (regions.tsv, exonyms.tsv, romanisation.tsv, demonyms.tsv, country_names.tsv), the geoparser's rule vocabulary
// (georules.tsv), the common-word list and the
// sample articles (articles/). See README.md for what each file is and how to rebuild the
// generated ones.
package data

import "embed"

//go:generate go run ./gen -modules gen/node_modules -out .

// FS holds the embedded files, laid out as in this directory.
//
//go:embed *.gz *.tsv articles lexicon
var FS embed.FS
