package layers_test

import "testing"

// BenchmarkHostileShapes extracts each hostile shape (hostileShapes): the figures of issue 10
// item 17 (before the caps: 110 KB of nested <div> 55 s, a 200 KB sentence 40 s).
func BenchmarkHostileShapes(b *testing.B) {
	p := extractPipeline(b)
	for _, tc := range hostileShapes() {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.body)))
			for b.Loop() {
				if _, err := p.Extract(tc.name, tc.body, tc.mt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
