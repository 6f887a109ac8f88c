package geo_test

import (
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"conflictmap/data"
	"conflictmap/geo"
)

var (
	parserOnce sync.Once
	parser     *geo.Parser
	parserErr  error
)

// testParser loads the embedded gazetteer once per test binary.
func testParser(tb testing.TB) *geo.Parser {
	tb.Helper()
	parserOnce.Do(func() { parser, parserErr = geo.LoadParser(data.FS) })
	if parserErr != nil {
		tb.Fatalf("LoadParser: %v", parserErr)
	}
	return parser
}

// distKm is the great-circle distance between two points in kilometres.
func distKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// checkDoc asserts the invariants every parse must keep, whatever the text.
func checkDoc(tb testing.TB, text string, d *geo.Doc) {
	tb.Helper()
	if d == nil {
		tb.Fatal("Parse returned nil")
	}
	if d.Text != text {
		tb.Errorf("Doc.Text differs from the input")
	}
	if len(d.MentionTokens) != len(d.Mentions) {
		tb.Errorf("len(MentionTokens) = %d, len(Mentions) = %d", len(d.MentionTokens), len(d.Mentions))
	}
	prevEnd := 0
	for i, m := range d.Mentions {
		if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			tb.Fatalf("mention %d %q: bad offsets [%d,%d) in a text of %d bytes", i, m.Text, m.Start, m.End, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			tb.Errorf("mention %d: text[%d:%d] = %q, Text = %q", i, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		if m.Start < prevEnd {
			tb.Errorf("mention %d %q at %d overlaps or precedes the previous one ending at %d", i, m.Text, m.Start, prevEnd)
		}
		prevEnd = m.End
		switch m.Role {
		case geo.RoleLocation, geo.RoleActor, geo.RoleName:
		default:
			tb.Errorf("mention %d %q: role %q", i, m.Text, m.Role)
		}
		if m.Place == nil {
			tb.Errorf("mention %d %q: nil Place", i, m.Text)
		}
	}
	for i, h := range d.Demonyms {
		if h.Start < 0 || h.Start >= h.End || h.End > len(text) {
			tb.Errorf("demonym %d: bad offsets [%d,%d)", i, h.Start, h.End)
		}
		if h.Country == nil {
			tb.Errorf("demonym %d: nil Country", i)
		}
	}
}

// wm is one mention a sentence must yield.
type wm struct {
	text    string      // as written; found in the sentence after the previous wanted mention
	role    string      // geo.Role…
	country string      // ISO2 of the place; "" = not checked (a multinational region)
	levels  []geo.Level // acceptable levels; nil = any
	lat     float64     // with lon and km: the place lies within km of this point
	lon     float64
	km      float64
	minLat  float64 // when non-zero, the place lies north of this latitude
	near    bool    // Mention.Near
}

func lv(l ...geo.Level) []geo.Level { return l }

var (
	country = lv(geo.LevelCountry)
	city    = lv(geo.LevelCity)
	region  = lv(geo.LevelRegion)
	admin   = lv(geo.LevelAdmin1, geo.LevelDistrict)
)

type parseCase struct {
	name string
	text string
	want []wm // every mention of the sentence, in order; none for a trap sentence
}

var parseCases = []parseCase{
	// countries: the place or the state
	{"country/sent to is a location", "Troops were sent to Armenia last spring.",
		[]wm{{text: "Armenia", role: geo.RoleLocation, country: "AM", levels: country}}},
	{"country/airlifted from a city to a country", "Two battalions were airlifted from Kazan to Armenia in transport planes.",
		[]wm{{text: "Kazan", role: geo.RoleLocation, country: "RU"}, {text: "Armenia", role: geo.RoleLocation, country: "AM", levels: country}}},
	{"country/subject is an actor", "Armenia said on Tuesday that the talks had stalled.",
		[]wm{{text: "Armenia", role: geo.RoleActor, country: "AM", levels: country}}},
	{"country/clashes in is a location", "Fresh clashes in Azerbaijan left two soldiers wounded.",
		[]wm{{text: "Azerbaijan", role: geo.RoleLocation, country: "AZ", levels: country}}},
	{"country/talks with is an actor", "The ministry held talks with Iran about the corridor.",
		[]wm{{text: "Iran", role: geo.RoleActor, country: "IR", levels: country}}},
	{"country/border between is a location", "Shots were fired along the border between Armenia and Azerbaijan overnight.",
		[]wm{
			{text: "Armenia", role: geo.RoleLocation, country: "AM", levels: country},
			{text: "Azerbaijan", role: geo.RoleLocation, country: "AZ", levels: country},
		}},
	{"country/possessive geographic noun is a location", "Engineers mapped Azerbaijan's territory near the frontier.",
		[]wm{{text: "Azerbaijan", role: geo.RoleLocation, country: "AZ", levels: country}}},
	{"country/possessive decision is an actor", "Observers criticised Azerbaijan's decision to close the road.",
		[]wm{{text: "Azerbaijan", role: geo.RoleActor, country: "AZ", levels: country}}},
	{"country/possessive with curly apostrophe is an actor", "Russia’s peacekeepers patrol the road at night.",
		[]wm{{text: "Russia", role: geo.RoleActor, country: "RU", levels: country}}},
	{"country/support to is an actor", "Washington offered support to Azerbaijan and Armenia alike.",
		[]wm{
			{text: "Washington", role: geo.RoleActor, country: "US", levels: city, lat: 38.895, lon: -77.036, km: 30},
			{text: "Azerbaijan", role: geo.RoleActor, country: "AZ", levels: country},
			{text: "Armenia", role: geo.RoleActor, country: "AM", levels: country},
		}},
	{"country/president of is an actor", "He was received by the president of Azerbaijan at his residence.",
		[]wm{{text: "Azerbaijan", role: geo.RoleActor, country: "AZ", levels: country}}},
	{"country/endonym Türkiye", "Türkiye and Azerbaijan held joint exercises near Baku.",
		[]wm{
			{text: "Türkiye", role: geo.RoleActor, country: "TR", levels: country},
			{text: "Azerbaijan", role: geo.RoleActor, country: "AZ", levels: country},
			{text: "Baku", role: geo.RoleLocation, country: "AZ", levels: city, lat: 40.409, lon: 49.867, km: 30, near: true},
		}},

	// capitals: metonyms for governments, or the cities themselves
	{"capital/has deployed is an actor", "Moscow has deployed additional peacekeepers to the region.",
		[]wm{{text: "Moscow", role: geo.RoleActor, country: "RU", levels: city, lat: 55.756, lon: 37.617, km: 30}}},
	{"capital/responded is an actor", "Baku responded with a sharply worded note.",
		[]wm{{text: "Baku", role: geo.RoleActor, country: "AZ", levels: city, lat: 40.409, lon: 49.867, km: 30}}},
	{"capital/possessive decision is an actor", "Ankara's decision surprised many diplomats.",
		[]wm{{text: "Ankara", role: geo.RoleActor, country: "TR", levels: city, lat: 39.933, lon: 32.860, km: 30}}},
	{"capital/ties between is an actor", "Officials spoke of close ties between Ankara and Baku in the energy sector.",
		[]wm{
			{text: "Ankara", role: geo.RoleActor, country: "TR", levels: city},
			{text: "Baku", role: geo.RoleActor, country: "AZ", levels: city},
		}},
	{"capital/coordinated subjects are actors", "Ankara and Baku apparently understand each other well.",
		[]wm{
			{text: "Ankara", role: geo.RoleActor, country: "TR"},
			{text: "Baku", role: geo.RoleActor, country: "AZ"},
		}},
	{"capital/met in is a location", "The two ministers met in Moscow on Friday.",
		[]wm{{text: "Moscow", role: geo.RoleLocation, country: "RU", levels: city, lat: 55.756, lon: 37.617, km: 30}}},
	{"capital/rally in is a location", "Thousands joined a rally in Yerevan against the deal.",
		[]wm{{text: "Yerevan", role: geo.RoleLocation, country: "AM", levels: city, lat: 40.179, lon: 44.499, km: 30}}},
	{"capital/streets of is a location", "Crowds filled the streets of Baku after the announcement.",
		[]wm{{text: "Baku", role: geo.RoleLocation, country: "AZ", levels: city, lat: 40.409, lon: 49.867, km: 30}}},
	{"capital/accused is an actor on both sides", "Yerevan accused Baku of violating the truce within hours.",
		[]wm{
			{text: "Yerevan", role: geo.RoleActor, country: "AM"},
			{text: "Baku", role: geo.RoleActor, country: "AZ"},
		}},
	{"capital/visit to is a location", "The foreign minister's visit to Yerevan was postponed twice.",
		[]wm{{text: "Yerevan", role: geo.RoleLocation, country: "AM", levels: city}}},
	{"capital/warned is an actor", "Tehran warned that it would not accept any change to its borders.",
		[]wm{{text: "Tehran", role: geo.RoleActor, country: "IR", levels: city, lat: 35.689, lon: 51.389, km: 30}}},
	{"capital/would not is an actor", "The Kremlin said Moscow would not intervene.",
		[]wm{{text: "Moscow", role: geo.RoleActor, country: "RU"}}},
	{"capital/object of backed is an actor", "The Erdoğan government backed Baku throughout the war.",
		[]wm{{text: "Baku", role: geo.RoleActor, country: "AZ"}}},
	{"capital/list after in is a location", "Protesters in Baku, Ganja and Sumqayit demanded action.",
		[]wm{
			{text: "Baku", role: geo.RoleLocation, country: "AZ", levels: city},
			{text: "Ganja", role: geo.RoleLocation, country: "AZ", lat: 40.683, lon: 46.361, km: 20},
			{text: "Sumqayit", role: geo.RoleLocation, country: "AZ", lat: 40.590, lon: 49.669, km: 20},
		}},
	{"capital/Paris is in France", "Police in Paris detained two protesters outside the embassy.",
		[]wm{{text: "Paris", role: geo.RoleLocation, country: "FR", levels: city, lat: 48.857, lon: 2.352, km: 30}}},

	// names of organisations, documents, newspapers and wars
	{"name/Minsk Group", "The co-chairs of the Minsk Group issued a joint appeal.",
		[]wm{{text: "Minsk", role: geo.RoleName, country: "BY"}}},
	{"name/the Moscow Times", "An editor at the Moscow Times wrote that the deal was fragile.",
		[]wm{{text: "Moscow", role: geo.RoleName, country: "RU"}}},
	{"name/The Moscow Times capitalised", "Reporters from The Moscow Times were barred from entering.",
		[]wm{{text: "Moscow", role: geo.RoleName, country: "RU"}}},
	{"name/Shusha Declaration", "Both leaders signed the Shusha Declaration last year.",
		[]wm{{text: "Shusha", role: geo.RoleName, country: "AZ"}}},
	{"name/Minsk process", "Diplomats want to revive the Minsk process before winter.",
		[]wm{{text: "Minsk", role: geo.RoleName, country: "BY"}}},
	{"name/OSCE ends in Europe", "Monitors from the Organization for Security and Cooperation in Europe visited the line.",
		[]wm{{text: "Europe", role: geo.RoleName, levels: region}}},
	{"name/Karabakh war", "Veterans of the Karabakh war marched in silence.",
		[]wm{{text: "Karabakh", role: geo.RoleName, country: "AZ"}}},
	{"name/Astana format", "The Astana format has lost much of its appeal.",
		[]wm{{text: "Astana", role: geo.RoleName, country: "KZ"}}},

	// exonyms and transliterations
	{"exonym/Shushi", "Residents returned to Shushi after the fighting ended.",
		[]wm{{text: "Shushi", role: geo.RoleLocation, country: "AZ", lat: 39.758, lon: 46.748, km: 30}}},
	{"exonym/Şuşa", "A cultural festival was held in Şuşa in May.",
		[]wm{{text: "Şuşa", role: geo.RoleLocation, country: "AZ", lat: 39.758, lon: 46.748, km: 30}}},
	{"exonym/Stepanakert", "Fighting was reported near Stepanakert overnight.",
		[]wm{{text: "Stepanakert", role: geo.RoleLocation, country: "AZ", lat: 39.815, lon: 46.752, km: 30, near: true}}},
	{"exonym/Khankendi", "Engineers repaired the water supply in Khankendi last month.",
		[]wm{{text: "Khankendi", role: geo.RoleLocation, country: "AZ", lat: 39.815, lon: 46.752, km: 30}}},
	{"exonym/Kelbajar", "Convoys crossed the mountains into Kelbajar before the snow.",
		[]wm{{text: "Kelbajar", role: geo.RoleLocation, country: "AZ", lat: 40.105, lon: 46.038, km: 30}}},
	{"exonym/Fizuli", "Deminers cleared fields around Fizuli for the new airport.",
		[]wm{{text: "Fizuli", role: geo.RoleLocation, country: "AZ", lat: 39.601, lon: 47.145, km: 30, near: true}}},
	{"exonym/Füzuli", "A new airport opened in Füzuli in the autumn.",
		[]wm{{text: "Füzuli", role: geo.RoleLocation, country: "AZ", lat: 39.601, lon: 47.145, km: 30}}},
	{"exonym/Nakhichevan", "Trains once ran from Nakhichevan to the Iranian border.",
		[]wm{{text: "Nakhichevan", role: geo.RoleLocation, country: "AZ", lat: 39.209, lon: 45.412, km: 30}}},
	{"exonym/Aghdara is Martakert", "Clashes erupted overnight in Aghdara.",
		[]wm{{text: "Aghdara", role: geo.RoleLocation, country: "AZ", lat: 40.212, lon: 46.811, km: 30}}},
	{"exonym/Tartar", "Clashes were reported near Tartar overnight.",
		[]wm{{text: "Tartar", role: geo.RoleLocation, country: "AZ", lat: 40.342, lon: 46.930, km: 30, near: true}}},
	{"exonym/Terter", "Clashes were reported near Terter overnight.",
		[]wm{{text: "Terter", role: geo.RoleLocation, country: "AZ", lat: 40.342, lon: 46.930, km: 30, near: true}}},
	{"exonym/Azerbaijani script after multibyte text", "The élite unit — trained in Şuşa — returned to Gəncə.",
		[]wm{
			{text: "Şuşa", role: geo.RoleLocation, country: "AZ", lat: 39.758, lon: 46.748, km: 30},
			{text: "Gəncə", role: geo.RoleLocation, country: "AZ", lat: 40.683, lon: 46.361, km: 20},
		}},
	{"exonym/Hadrut and Yerevan", "Displaced families from Hadrut settled in Yerevan.",
		[]wm{
			{text: "Hadrut", role: geo.RoleLocation, country: "AZ", lat: 39.52, lon: 47.03, km: 20},
			{text: "Yerevan", role: geo.RoleLocation, country: "AM", levels: city},
		}},
	{"exonym/Khojaly", "Peacekeepers left Khojaly after the agreement.",
		[]wm{{text: "Khojaly", role: geo.RoleLocation, country: "AZ", lat: 39.913, lon: 46.790, km: 20}}},
	{"exonym/Jabrayil", "Shelling in Jabrayil killed a shepherd.",
		[]wm{{text: "Jabrayil", role: geo.RoleLocation, country: "AZ", lat: 39.400, lon: 47.025, km: 20}}},
	{"exonym/Aghdam", "Farmers near Aghdam still find shells in their fields.",
		[]wm{{text: "Aghdam", role: geo.RoleLocation, country: "AZ", lat: 39.993, lon: 46.930, km: 20, near: true}}},
	{"longest/Lachin corridor is the region, lower-case head and all", "Convoys moved along the Lachin corridor every day.",
		[]wm{{text: "Lachin corridor", role: geo.RoleLocation, country: "AZ", lat: 39.638, lon: 46.546, km: 30, levels: []geo.Level{geo.LevelRegion}}}},

	{"dateline/an all-caps city opening a wire dateline", "YEREVAN, Sept 13 (Reuters) - Talks resumed.",
		[]wm{{text: "YEREVAN", role: geo.RoleLocation, country: "AM", levels: city}}},
	{"trap/a river is not the village of its name", "Troops held drills near the Aras river.",
		[]wm{{text: "Aras river", role: geo.RoleLocation, levels: lv(geo.LevelRegion), near: true}}},
	{"trap/a party's name is no place", "He leads the Justice and Development Party in parliament.", nil},
	{"trap/a citation's source is no place", "The talks failed (Turan, June 5).", nil},
	{"role/a country's possessive before its province is a place", "Shelling was reported in Armenia's Syunik province.",
		[]wm{{text: "Armenia", role: geo.RoleLocation, country: "AM", levels: country},
			{text: "Syunik", role: geo.RoleLocation, country: "AM"}}},
	{"common word/a town before a division word", "Fighting spread to the Tartar district overnight.",
		[]wm{{text: "Tartar", role: geo.RoleLocation, country: "AZ"}}},

	{"trap/a first name that is a place", "Later, Victoria Nuland spoke to reporters.", nil},
	{"trap/a capital as a first name, and the surname after it", "The heiress Paris Hilton was not there.", nil},
	{"name/a region inside a broadcaster's name", "In an interview given to Radio Free Europe on Monday, he said talks would go on.",
		[]wm{{text: "Europe", role: geo.RoleName}}},
	{"role/capitals a minister visited are places", "The envoy visited Yerevan and Baku last month.",
		[]wm{{text: "Yerevan", role: geo.RoleLocation, country: "AM"}, {text: "Baku", role: geo.RoleLocation, country: "AZ"}}},
	{"role/a headline's capital is the subject", "Moscow Warns Tbilisi Over Border Moves\n\nThe text follows here.",
		[]wm{{text: "Moscow", role: geo.RoleActor, country: "RU"}, {text: "Tbilisi", role: geo.RoleActor, country: "GE"}}},

	{"longest/a region after an adjective of peoples", "Its influence across the Arab Middle East has grown.",
		[]wm{{text: "Middle East", role: geo.RoleLocation, levels: lv(geo.LevelRegion)}}},

	{"role/a capital in a compound stands for its state", "Clashes resumed despite the Moscow-brokered truce.",
		[]wm{{text: "Moscow", role: geo.RoleActor, country: "RU"}}},
	{"role/based in a capital is a place", "A Baku-based analyst disagreed.",
		[]wm{{text: "Baku", role: geo.RoleLocation, country: "AZ"}}},

	{"context/a far namesake of a village the gazetteer lacks is dropped", "Monitors reported shooting near Sotk and Kut, in Armenia's Gegharkunik province.",
		[]wm{{text: "Sotk", role: geo.RoleLocation, country: "AM", lat: 40.20, lon: 45.86, km: 5, near: true},
			{text: "Armenia", role: geo.RoleLocation, country: "AM"}, {text: "Gegharkunik", role: geo.RoleLocation, country: "AM"}}},

	// longest match
	{"longest/Nagorno-Karabakh is one mention", "Fighting resumed in Nagorno-Karabakh on Sunday.",
		[]wm{{text: "Nagorno-Karabakh", role: geo.RoleLocation, country: "AZ", levels: region, lat: 39.85, lon: 46.7, km: 60}}},
	{"longest/South Caucasus", "Energy routes through the South Caucasus are under strain.",
		[]wm{{text: "South Caucasus", role: geo.RoleLocation, levels: region, lat: 41, lon: 45, km: 300}}},
	{"longest/northern Iraq", "Drone strikes hit villages in northern Iraq again.",
		[]wm{{text: "northern Iraq", role: geo.RoleLocation, country: "IQ", levels: region, minLat: 35}}},
	{"longest/eastern Turkey", "Refugees arrived in eastern Turkey from the south.",
		[]wm{{text: "eastern Turkey", role: geo.RoleLocation, country: "TR", levels: region}}},
	{"longest/southern Armenia", "A drone crashed in southern Armenia near the frontier.",
		[]wm{{text: "southern Armenia", role: geo.RoleLocation, country: "AM", levels: region}}},
	{"longest/Nakhchivan Autonomous Republic", "Drills were held in the Nakhchivan Autonomous Republic this week.",
		[]wm{{text: "Nakhchivan Autonomous Republic", role: geo.RoleLocation, country: "AZ", levels: admin, lat: 39.3, lon: 45.4, km: 80}}},
	{"longest/Middle East and Caucasus", "The Middle East and the Caucasus face similar pressures.",
		[]wm{
			{text: "Middle East", role: geo.RoleLocation, levels: region},
			{text: "Caucasus", role: geo.RoleLocation, levels: region},
		}},

	// ambiguity resolved by context
	{"context/Georgia beside Armenia and Azerbaijan", "Georgia, Armenia and Azerbaijan all sent delegations to the meeting.",
		[]wm{
			{text: "Georgia", role: geo.RoleActor, country: "GE", levels: country},
			{text: "Armenia", role: geo.RoleActor, country: "AM", levels: country},
			{text: "Azerbaijan", role: geo.RoleActor, country: "AZ", levels: country},
		}},
	{"context/Atlanta, Georgia is the US state", "Hundreds of protesters gathered in Atlanta, Georgia, on Saturday.",
		[]wm{
			{text: "Atlanta", role: geo.RoleLocation, country: "US", levels: city, lat: 33.749, lon: -84.388, km: 30},
			{text: "Georgia", role: geo.RoleLocation, country: "US", levels: admin, lat: 32.75, lon: -83.5, km: 250},
		}},
	{"context/cities in Georgia is the US state", "Savannah and Atlanta are the largest cities in Georgia.",
		[]wm{
			{text: "Savannah", role: geo.RoleLocation, country: "US", lat: 32.084, lon: -81.100, km: 30},
			{text: "Atlanta", role: geo.RoleLocation, country: "US", lat: 33.749, lon: -84.388, km: 30},
			{text: "Georgia", role: geo.RoleLocation, country: "US", levels: admin, lat: 32.75, lon: -83.5, km: 250},
		}},
	{"context/Tbilisi", "Delegations gathered in Tbilisi for a second round.",
		[]wm{{text: "Tbilisi", role: geo.RoleLocation, country: "GE", levels: city, lat: 41.715, lon: 44.827, km: 30}}},
	{"context/Sochi", "The summit in Sochi ended without a statement.",
		[]wm{{text: "Sochi", role: geo.RoleLocation, country: "RU", lat: 43.603, lon: 39.734, km: 30}}},

	// cue words
	{"cue/district of Kalbajar", "Residents fled the district of Kalbajar in a matter of days.",
		[]wm{{text: "Kalbajar", role: geo.RoleLocation, country: "AZ", levels: admin, lat: 40.105, lon: 46.038, km: 60}}},
	{"cue/Kalbajar district", "Crews reopened the road to Kalbajar district after the snow.",
		[]wm{{text: "Kalbajar", role: geo.RoleLocation, country: "AZ", levels: admin}}},
	{"cue/town of Fizuli", "Shelling damaged houses in the town of Fizuli last week.",
		[]wm{{text: "Fizuli", role: geo.RoleLocation, country: "AZ", levels: city, lat: 39.601, lon: 47.145, km: 20}}},
	{"cue/Syunik province", "Soldiers were stationed in Syunik province for the winter.",
		[]wm{{text: "Syunik", role: geo.RoleLocation, country: "AM", levels: admin, lat: 39.5, lon: 46.2, km: 80}}},

	// a province the text names is context for a namesake village in it, even when the province
	// itself is settled only by ranking ("the Kursk region" beside the city of Kursk)
	{"context/province named elsewhere", "Fighting spread across the Kursk region on Friday. Officials in Moscow said drones struck a depot near Korenevo.",
		[]wm{{text: "Kursk", role: geo.RoleLocation, country: "RU", levels: admin, lat: 51.73, lon: 36.18, km: 60},
			{text: "Moscow", role: geo.RoleLocation, country: "RU", levels: city, lat: 55.75, lon: 37.62, km: 20},
			{text: "Korenevo", role: geo.RoleLocation, country: "RU", lat: 51.41, lon: 34.90, km: 20, near: true}}},

	// common words and people's names that are not places
	{"trap/Vladimir Putin", "Vladimir Putin spoke with both leaders by phone.", nil},
	{"trap/President Erdoğan said", "President Erdoğan said the talks would continue.", nil},
	{"trap/Reading the report", "Reading the report, one is struck by how little changed.", nil},
	{"trap/Daily Sabah reported", "Daily Sabah reported that the drills would start soon.", nil},
	{"trap/the Daily Sabah mid-sentence", "According to the Daily Sabah, the drills began on Monday.", nil},
	{"trap/August 1", "The ceasefire came into force on August 1 at noon.", nil},
	{"trap/May at a sentence start", "May was a quiet month on the front.", nil},
	{"trap/The Nice thing", "The Nice thing about the agreement is its brevity.", nil},
	{"trap/General Hulusi Akar", "General Hulusi Akar inspected the troops near the border.", nil},
	{"trap/a surname repeated alone", "Ilham Aliyev met Nikol Pashinyan, and Aliyev later said the meeting was useful.", nil},
	{"trap/Sergey Lavrov", "Sergey Lavrov met his counterpart; Lavrov said little afterwards.", nil},
	{"trap/demonyms only", "Azeri forces advanced along the road, and Turkish troops watched.", nil},
}

func TestParse(t *testing.T) { runParseCases(t, parseCases) }

// runParseCases parses each case's sentence and checks every wanted mention, and no other.
func runParseCases(t *testing.T, cases []parseCase) {
	p := testParser(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := p.Parse(tc.text)
			checkDoc(t, tc.text, d)
			defer func() {
				if t.Failed() {
					for _, m := range d.Mentions {
						t.Logf("got %q [%d,%d) %s → %s %s %s %s (%.3f,%.3f) near=%v", m.Text, m.Start, m.End, m.Role,
							m.Place.Name, m.Place.ID, m.Place.Country, m.Place.Level, m.Place.Lat, m.Place.Lon, m.Near)
					}
				}
			}()
			if len(d.Mentions) != len(tc.want) {
				var got []string
				for _, m := range d.Mentions {
					got = append(got, m.Text)
				}
				t.Errorf("%d mentions %q, want %d", len(d.Mentions), got, len(tc.want))
			}
			from := 0
			for _, w := range tc.want {
				at := strings.Index(tc.text[from:], w.text)
				if at < 0 {
					t.Fatalf("bad case: %q not in the text after byte %d", w.text, from)
				}
				at += from
				from = at + len(w.text)
				i := slices.IndexFunc(d.Mentions, func(m geo.Mention) bool { return m.Start == at })
				if i < 0 {
					t.Errorf("no mention %q at byte %d", w.text, at)
					continue
				}
				m := d.Mentions[i]
				if m.End != at+len(w.text) || m.Text != w.text {
					t.Errorf("mention at %d = %q [%d,%d), want %q [%d,%d)", at, m.Text, m.Start, m.End, w.text, at, at+len(w.text))
				}
				if m.Role != w.role {
					t.Errorf("%q: role %s, want %s", w.text, m.Role, w.role)
				}
				if m.Near != w.near {
					t.Errorf("%q: Near = %v, want %v", w.text, m.Near, w.near)
				}
				pl := m.Place
				if pl == nil {
					continue
				}
				if w.country != "" && pl.Country != w.country {
					t.Errorf("%q: country %q (%s %s), want %q", w.text, pl.Country, pl.Name, pl.ID, w.country)
				}
				if w.levels != nil && !slices.Contains(w.levels, pl.Level) {
					t.Errorf("%q: level %s (%s %s), want one of %v", w.text, pl.Level, pl.Name, pl.ID, w.levels)
				}
				if w.km > 0 {
					if km := distKm(pl.Lat, pl.Lon, w.lat, w.lon); km > w.km {
						t.Errorf("%q: %s (%s) at %.3f,%.3f is %.0f km from %.3f,%.3f, want ≤ %.0f", w.text, pl.Name, pl.ID,
							pl.Lat, pl.Lon, km, w.lat, w.lon, w.km)
					}
				}
				if w.minLat != 0 && pl.Lat < w.minLat {
					t.Errorf("%q: %s at latitude %.2f, want north of %.1f", w.text, pl.Name, pl.Lat, w.minLat)
				}
			}
		})
	}
}

func TestParseDemonyms(t *testing.T) {
	p := testParser(t)
	type dem struct{ text, iso2 string }
	cases := []struct {
		name string
		text string
		want []dem
	}{
		{"Azeri and Turkish", "Azeri forces advanced along the road, and Turkish troops watched.", []dem{{"Azeri", "AZ"}, {"Turkish", "TR"}}},
		{"Russian and Armenian", "Russian peacekeepers and Armenian police manned the checkpoint.", []dem{{"Russian", "RU"}, {"Armenian", "AM"}}},
		{"beside a place", "Trains once ran from Nakhichevan to the Iranian border.", []dem{{"Iranian", "IR"}}},
		{"Azerbaijani", "Azerbaijani engineers rebuilt the bridge.", []dem{{"Azerbaijani", "AZ"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := p.Parse(tc.text)
			checkDoc(t, tc.text, d)
			if len(d.Demonyms) != len(tc.want) {
				t.Errorf("%d demonyms, want %d", len(d.Demonyms), len(tc.want))
			}
			for k, w := range tc.want {
				if k >= len(d.Demonyms) {
					break
				}
				h := d.Demonyms[k]
				if got := tc.text[h.Start:h.End]; got != w.text {
					t.Errorf("demonym %d = %q, want %q", k, got, w.text)
				}
				if h.Country == nil || h.Country.ISO2 != w.iso2 {
					t.Errorf("demonym %q: country %v, want %s", w.text, h.Country, w.iso2)
				}
				for _, m := range d.Mentions {
					if m.Start < h.End && h.Start < m.End {
						t.Errorf("demonym %q is also a mention %q", w.text, m.Text)
					}
				}
			}
		})
	}
}

// TestParseParagraph parses a paragraph that mixes the cases above and checks offsets index it.
func TestParseParagraph(t *testing.T) {
	p := testParser(t)
	text := "BAKU — Azerbaijan’s defence ministry said on Monday that shelling from Armenian positions\n" +
		"had damaged houses in the village of Şıxlar, near Tartar.\n\n" +
		"Moscow has deployed more peacekeepers to Nagorno-Karabakh, and the Minsk Group met in Vienna."
	d := p.Parse(text)
	checkDoc(t, text, d)
	got := map[string]string{}
	for _, m := range d.Mentions {
		got[m.Text] = m.Role
	}
	for name, role := range map[string]string{
		"Azerbaijan":       geo.RoleActor,
		"Moscow":           geo.RoleActor,
		"Nagorno-Karabakh": geo.RoleLocation,
		"Minsk":            geo.RoleName,
		"Vienna":           geo.RoleLocation,
	} {
		if got[name] != role {
			t.Errorf("%s: role %q, want %q (all: %v)", name, got[name], role, got)
		}
	}
}

func TestParseConcurrent(t *testing.T) {
	p := testParser(t)
	want := p.Parse(benchParagraphs[0])
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				d := p.Parse(benchParagraphs[0])
				if len(d.Mentions) != len(want.Mentions) {
					t.Errorf("concurrent parse: %d mentions, want %d", len(d.Mentions), len(want.Mentions))
					return
				}
			}
		})
	}
	wg.Wait()
}
