package web

import (
	"testing"

	"conflictmap/layers"
)

// BenchmarkProjectFeature: cutting one stored feature to the lean form, in process, member by
// member (projectFeature) and as one copy (cutLean).
func BenchmarkProjectFeature(b *testing.B) {
	res := synthResult(1, 1)
	e := &res.Events[0]
	e.Sources[0].Quote = "On 3 March 2021, Azerbaijani forces shelled Armenian positions near the village of Tegh in Syunik, the defence ministry in Yerevan said on Wednesday, adding that no casualties were reported."
	raw, err := layers.EventJSON(e)
	if err != nil {
		b.Fatal(err)
	}
	f := string(raw)
	keep := propertySet(leanProperties("events"))
	b.Run("project", func(b *testing.B) {
		var buf []byte
		b.SetBytes(int64(len(f)))
		for b.Loop() {
			if buf, err = projectFeature(buf[:0], f, keep); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(buf)), "out-B")
	})
	b.Run("cutLean", func(b *testing.B) {
		var buf []byte
		var ok bool
		b.SetBytes(int64(len(f)))
		for b.Loop() {
			if buf, ok = cutLean(buf[:0], f, true); !ok {
				b.Fatal("not cut")
			}
		}
		b.ReportMetric(float64(len(buf)), "out-B")
	})
}
