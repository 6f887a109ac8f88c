package geo_test

import (
	"io/fs"
	"testing"

	"conflictmap/data"
)

// BenchmarkParseSamples is finding + resolving over the sample articles (data/articles), the
// figure the README quotes (target: ≥ 5 MB/s on one core).
func BenchmarkParseSamples(b *testing.B) {
	p := testParser(b)
	var texts []string
	total := 0
	fs.WalkDir(data.FS, "articles", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name()[0] != '.' {
			bs, _ := fs.ReadFile(data.FS, path)
			texts = append(texts, string(bs))
			total += len(bs)
		}
		return nil
	})
	if len(texts) == 0 {
		b.Fatal("no sample articles")
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			p.Parse(t)
		}
	}
}
