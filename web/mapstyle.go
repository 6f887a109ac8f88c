package web

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"conflictmap/layers"
)

// The map's table of layers, web/static/js/layers.js (EVENT_LAYERS and PLACES_LAYER), is the one
// place the layers' colours are defined: the map imports it, and the downloads (KML styles) read
// it from the embedded files, so that a file opened in Google Earth or QGIS looks like the map.

// mapLayerRow matches one row of the table: { id: 'clashes', type: 'clash', … color: '#dc2626' … }.
var mapLayerRow = regexp.MustCompile(`\{\s*id:\s*'([a-z]+)',\s*type:\s*'([a-z]*)'[^}]*?\bcolor:\s*'(#[0-9a-fA-F]{6})'`)

// placeColour is the colour of places and, should the table lack one, of an event type.
const placeColour = "#64748b"

// layerColours returns the map's colour ("#rrggbb") of each event type, and of places under "".
var layerColours = sync.OnceValues(func() (map[string]string, error) {
	b, err := fs.ReadFile(staticFiles, "static/js/layers.js")
	if err != nil {
		return nil, fmt.Errorf("web: the map's layer table: %w", err)
	}
	return parseLayerColours(string(b))
})

// parseLayerColours reads the colours of the map's table of layers; every event type of
// layers.Layers must have one.
func parseLayerColours(js string) (map[string]string, error) {
	out := map[string]string{}
	for _, m := range mapLayerRow.FindAllStringSubmatch(js, -1) {
		out[m[2]] = strings.ToLower(m[3])
	}
	for _, l := range layers.Layers {
		if _, ok := out[l.EventType]; !ok && (l.EventType != "" || l.ID == "places") {
			return out, fmt.Errorf("web: the map's layer table has no colour for %s", l.ID)
		}
	}
	return out, nil
}

// colourOf is the map's colour of an event type ("" for places).
func colourOf(eventType string) string {
	c, _ := layerColours()
	if v, ok := c[eventType]; ok {
		return v
	}
	return placeColour
}

// kmlColour turns "#rrggbb" into KML's aabbggrr, opaque.
func kmlColour(hex string) string {
	h := strings.TrimPrefix(hex, "#")
	if len(h) != 6 {
		return "ff808080"
	}
	return "ff" + h[4:6] + h[2:4] + h[0:2]
}

// kmlStyleID is the id of the KML Style of a feature: its event type, or "place".
func kmlStyleID(eventType string) string {
	if eventType == "" {
		return "place"
	}
	return eventType
}

// writeStyles writes one Style per event type (and one for places), in the map's colours.
func (k *kmlEncoder) writeStyles() {
	types := []string{""}
	for _, l := range layers.Layers {
		if l.EventType != "" {
			types = append(types, l.EventType)
		}
	}
	for _, t := range types {
		c := kmlColour(colourOf(t))
		k.w.WriteString(`<Style id="` + kmlStyleID(t) + `"><IconStyle><color>` + c + `</color><scale>1.1</scale>` +
			`<Icon><href>http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png</href></Icon></IconStyle>` +
			`<LabelStyle><scale>0.8</scale></LabelStyle></Style>` + "\n")
	}
}
