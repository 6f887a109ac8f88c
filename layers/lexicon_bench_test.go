package layers_test

import (
	"runtime"
	"testing"

	"conflictmap/data"
	"conflictmap/layers"
)

// BenchmarkLoadLexicon measures reading data/lexicon.
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := layers.LoadLexicon(data.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadPipeline measures loading everything extraction needs — gazetteer, word lists,
// organisations and the event lexicon — and reports the live heap after a load.
func BenchmarkLoadPipeline(b *testing.B) {
	var p *layers.Pipeline
	var err error
	for b.Loop() {
		if p, err = layers.LoadPipeline(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	p = nil
	runtime.GC()
	p, _ = layers.LoadPipeline()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(p)
}
