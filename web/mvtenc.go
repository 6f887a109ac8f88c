package web

import (
	"bytes"
	"compress/gzip"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"
)

// A direct encoder of the tiles' one-layer, point-only Mapbox vector tiles. It writes the bytes
// orb/encoding/mvt writes for the same features (keys in sorted order, values numbered in order
// of first use, strings as string_value, integers as sint_value), without building the protobuf
// structs or hashing each value as an interface: at 4,096 features a tile it took ~70% of a
// cold z6 render. encodeTile falls back to orb for anything else.

// The tile properties of places and of every events layer (events, clashes …), sorted (the
// order orb writes them in).
var (
	eventTileKeys = []string{"date", "event_type", "fatalities", "id", "place"}
	placeTileKeys = []string{"id", "mentions", "name"}
)

type mvtWriter struct {
	keys   []string
	keyIdx map[string]uint32
	vals   []byte // the encoded Value messages, each with its field tag and length
	nVals  uint32
	strIdx map[string]uint32
	intIdx map[int64]uint32
	feats  []byte // the encoded features, each with its field tag and length
	tags   []uint32
	buf    []byte
}

// encodePoints encodes fs as a tile's layer, or reports false when a feature is not a point
// with the layer's tile properties (string or int64 values) only.
func encodePoints(layer string, fs []*geojson.Feature, t maptile.Tile) ([]byte, bool) {
	keys := eventTileKeys
	if layer == "places" {
		keys = placeTileKeys
	}
	w := &mvtWriter{keyIdx: map[string]uint32{}, strIdx: map[string]uint32{}, intIdx: map[int64]uint32{}}
	toTile := tileProjection(t)
	for _, f := range fs {
		p, ok := f.Geometry.(orb.Point)
		if !ok || f.ID != nil || !w.feature(keys, f.Properties, toTile(p)) {
			return nil, false
		}
	}
	return w.tile(layer), true
}

// tileProjection is orb/encoding/mvt's projection of lon/lat to a tile's 4096 extent.
func tileProjection(t maptile.Tile) func(orb.Point) [2]int32 {
	const n = 12 // log2(tileExtent)
	z := uint32(t.Z) + n
	minx, miny := float64(uint64(t.X)<<n), float64(uint64(t.Y)<<n)
	maxtiles := float64(uint64(1 << z))
	return func(p orb.Point) [2]int32 {
		x := (p[0]/360.0 + 0.5) * maxtiles
		var y float64
		siny := math.Sin(p[1] * math.Pi / 180.0)
		if siny > 0.9999 {
			y = 0
		} else if siny < -0.9999 {
			y = maxtiles - 1
		} else {
			lat := 0.5 + 0.5*math.Log((1.0+siny)/(1.0-siny))/(-2*math.Pi)
			y = lat * maxtiles
		}
		return [2]int32{int32(math.Floor(x - minx)), int32(math.Floor(y - miny))}
	}
}

// feature appends one point feature; false when its properties are not the layer's kind.
func (w *mvtWriter) feature(keys []string, props geojson.Properties, pt [2]int32) bool {
	w.tags = w.tags[:0]
	seen := 0
	for _, k := range keys {
		v, ok := props[k]
		if !ok {
			continue
		}
		seen++
		vi, ok := w.value(v)
		if !ok {
			return false
		}
		w.tags = append(w.tags, w.key(k), vi)
	}
	if seen != len(props) {
		return false
	}
	b := w.buf[:0]
	if len(w.tags) > 0 {
		b = packed(b, 2, w.tags)
	}
	b = append(b, 3<<3, 1) // type POINT
	b = packed(b, 4, []uint32{1<<3 | 1, zigzag32(pt[0]), zigzag32(pt[1])})
	w.buf = b
	w.feats = bytesField(w.feats, 2, b)
	return true
}

func (w *mvtWriter) key(k string) uint32 {
	i, ok := w.keyIdx[k]
	if !ok {
		i = uint32(len(w.keys))
		w.keys = append(w.keys, k)
		w.keyIdx[k] = i
	}
	return i
}

func (w *mvtWriter) value(v any) (uint32, bool) {
	switch v := v.(type) {
	case string:
		if i, ok := w.strIdx[v]; ok {
			return i, true
		}
		w.strIdx[v] = w.nVals
		w.vals = bytesField(w.vals, 4, bytesField(w.buf[:0], 1, []byte(v)))
	case int64:
		if i, ok := w.intIdx[v]; ok {
			return i, true
		}
		w.intIdx[v] = w.nVals
		w.vals = bytesField(w.vals, 4, varint(append(w.buf[:0], 6<<3), uint64(v<<1)^uint64(v>>63)))
	default:
		return 0, false
	}
	w.nVals++
	return w.nVals - 1, true
}

// tile is the whole tile: one layer (name, features, keys, values, extent, version).
func (w *mvtWriter) tile(name string) []byte {
	l := bytesField(make([]byte, 0, len(w.feats)+len(w.vals)+64), 1, []byte(name))
	l = append(l, w.feats...)
	for _, k := range w.keys {
		l = bytesField(l, 3, []byte(k))
	}
	l = append(l, w.vals...)
	l = varint(append(l, 5<<3), tileExtent)
	l = varint(append(l, 15<<3), 2)
	return bytesField(make([]byte, 0, len(l)+8), 3, l)
}

func varint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func zigzag32(v int32) uint32 { return uint32((v << 1) ^ (v >> 31)) }

// bytesField appends a length-delimited field.
func bytesField(b []byte, field int, v []byte) []byte {
	b = varint(append(b, byte(field<<3|2)), uint64(len(v)))
	return append(b, v...)
}

// packed appends a packed repeated uint32 field.
func packed(b []byte, field int, vs []uint32) []byte {
	n := 0
	for _, v := range vs {
		n += varintLen(uint64(v))
	}
	b = varint(append(b, byte(field<<3|2)), uint64(n))
	for _, v := range vs {
		b = varint(b, uint64(v))
	}
	return b
}

func varintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// gzipBytes gzips b at gzip.BestSpeed: a z6 tile of 4,096 points (262 KB) took 20–30 ms at
// the default level, most of a cold gzipped render.
func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return slices.Clip(buf.Bytes()), nil
}
