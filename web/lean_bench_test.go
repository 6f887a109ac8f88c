package web

import (
	"testing"

	"conflictmap/layers"
)

// BenchmarkProjectFeature: cutting one stored feature to the lean form, in process.
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
	var buf []byte
	b.SetBytes(int64(len(f)))
	for b.Loop() {
		if buf, err = projectFeature(buf[:0], f, keep); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(buf)), "out-B")
}
