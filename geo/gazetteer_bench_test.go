package geo

import (
	"runtime"
	"testing"
)

// BenchmarkLoadEmbedded measures LoadEmbedded and reports the live heap after a load.
func BenchmarkLoadEmbedded(b *testing.B) {
	var g *Gazetteer
	var err error
	for b.Loop() {
		g, err = LoadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	g = nil
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	g, _ = LoadEmbedded()
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc), "heap-bytes")
	b.ReportMetric(float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc)), "gazetteer-heap-bytes")
	runtime.KeepAlive(g)
}

func BenchmarkLookup(b *testing.B) {
	g := loadTestGazetteer(b)
	keys := []string{"shusha", "kalbajar", "georgia", "nagorno karabakh", "moscow", "notaplace"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Lookup(keys[i%len(keys)])
	}
}
