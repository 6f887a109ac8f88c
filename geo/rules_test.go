package geo_test

import (
	"testing"

	"conflictmap/geo"
)

// ruleCases exercise the rule families of data/georules.tsv: headlines in capitals, route ends,
// landmarks, the division a village lies in, bodies and offices of states, places left and
// sports clubs.
var ruleCases = []parseCase{
	// all-caps datelines and headlines
	{"caps/dateline with Reuters", "BAKU, March 3 (Reuters) - Officials met again.",
		[]wm{{text: "BAKU", role: geo.RoleLocation, country: "AZ", levels: city}}},
	{"caps/dateline with TASS", "GYUMRI, May 2. /TASS/. The base was quiet.",
		[]wm{{text: "GYUMRI", role: geo.RoleLocation, country: "AM", lat: 40.79, lon: 43.85, km: 20}}},
	{"caps/headline town after a verb", "ARMENIA SAYS AZERBAIJANI TROOPS SHELLED JERMUK\n\nThe report followed.",
		[]wm{{text: "ARMENIA", role: geo.RoleActor, country: "AM", levels: country},
			{text: "JERMUK", role: geo.RoleLocation, country: "AM", lat: 39.84, lon: 45.67, km: 20}}},
	{"caps/headline list after near", "DRONES STRIKE NEAR KAPAN AND GORIS\n\nText.",
		[]wm{{text: "KAPAN", role: geo.RoleLocation, country: "AM", lat: 39.21, lon: 46.41, km: 20, near: true},
			{text: "GORIS", role: geo.RoleLocation, country: "AM", lat: 39.51, lon: 46.34, km: 20}}},
	{"caps/headline office of a state", "STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF ARMENIA\n\nText.",
		[]wm{{text: "ARMENIA", role: geo.RoleName, country: "AM"}}},
	{"caps/headline town the body names too", "JERMUK RESIDENTS COUNT THE DAMAGE\n\nHomes in Jermuk were hit.",
		[]wm{{text: "JERMUK", role: geo.RoleLocation, country: "AM"}, {text: "Jermuk", role: geo.RoleLocation, country: "AM"}}},
	{"trap/caps headline of ordinary words", "JOINT MONITORING CENTRE OPENS\n\nText.", nil},
	{"trap/caps headline without places", "OFFICIALS SAY TALKS WILL RESUME SOON\n\nText.", nil},

	// both ends of a route
	{"route/en dash railway", "Engineers rebuilt the Barda–Aghdam railway last year.",
		[]wm{{text: "Barda", role: geo.RoleLocation, country: "AZ", lat: 40.37, lon: 47.13, km: 20, near: true},
			{text: "Aghdam", role: geo.RoleLocation, country: "AZ", lat: 39.99, lon: 46.93, km: 20, near: true}}},
	{"route/spaced em dash road", "Convoys use the Lachin — Stepanakert road at night.",
		[]wm{{text: "Lachin", role: geo.RoleLocation, country: "AZ", lat: 39.60, lon: 46.55, km: 20, near: true},
			{text: "Stepanakert", role: geo.RoleLocation, country: "AZ", lat: 39.82, lon: 46.75, km: 20, near: true}}},
	{"route/hyphen highway", "The Goris-Kapan highway reopened.",
		[]wm{{text: "Goris", role: geo.RoleLocation, country: "AM", near: true},
			{text: "Kapan", role: geo.RoleLocation, country: "AM", near: true}}},
	{"route/line across a border", "Freight on the Kars-Gyumri line has stopped.",
		[]wm{{text: "Kars", role: geo.RoleLocation, country: "TR", near: true},
			{text: "Gyumri", role: geo.RoleLocation, country: "AM", near: true}}},

	// landmarks
	{"landmark/airport named after a town", "Planes landed at Stepanakert airport.",
		[]wm{{text: "Stepanakert", role: geo.RoleLocation, country: "AZ", near: true}}},
	{"landmark/a military base stands in its town", "The Gyumri military base was put on alert.",
		[]wm{{text: "Gyumri", role: geo.RoleLocation, country: "AM"}}},
	{"landmark/a checkpoint lies near its town", "Guards searched lorries at the Lachin checkpoint.",
		[]wm{{text: "Lachin", role: geo.RoleLocation, country: "AZ", near: true}}},
	{"landmark/capitalised airport name", "Cargo passed through Ganja International Airport.",
		[]wm{{text: "Ganja", role: geo.RoleLocation, country: "AZ", near: true}}},
	{"landmark/curated landmark is the place itself", "Flights left Zvartnots airport at noon.",
		[]wm{{text: "Zvartnots", role: geo.RoleLocation, country: "AM", levels: lv(geo.LevelLandmark), lat: 40.147, lon: 44.396, km: 5}}},
	{"landmark/a country's possessive before its landmark is a place", "Border guards left Armenia's Zvartnots airport.",
		[]wm{{text: "Armenia", role: geo.RoleLocation, country: "AM", levels: country},
			{text: "Zvartnots", role: geo.RoleLocation, country: "AM"}}},
	{"landmark/a square in the town is the town", "Students gathered in Hadrut's main square.",
		[]wm{{text: "Hadrut", role: geo.RoleLocation, country: "AZ"}}},
	{"trap/a newspaper is no landmark", "The Washington Post reported the talks.",
		[]wm{{text: "Washington", role: geo.RoleName, country: "US"}}},

	{"landmark/an organisation's site in a town", "The Joint Monitoring Centre in Aghdam closed in April.",
		[]wm{{text: "Aghdam", role: geo.RoleLocation, country: "AZ"}}},
	{"name/a formal name ending in a region stays a name", "Observers from the Organization for Security and Co-operation in Europe left.",
		[]wm{{text: "Europe", role: geo.RoleName}}},
	{"route/a sector of the front between two towns", "Fighting flared in the Kalbajar-Lachin sector overnight.",
		[]wm{{text: "Kalbajar", role: geo.RoleLocation, country: "AZ", near: true},
			{text: "Lachin", role: geo.RoleLocation, country: "AZ", near: true}}},

	// the division a village lies in
	{"within/no namesake outside the district", "Shells fell on the village of Agdam in the Tovuz district.",
		[]wm{{text: "Tovuz", role: geo.RoleLocation, country: "AZ", levels: admin, lat: 40.99, lon: 45.63, km: 30}}},
	{"within/comma district", "Mortars hit Agdam, Tovuz district, at dawn.",
		[]wm{{text: "Tovuz", role: geo.RoleLocation, country: "AZ", levels: admin}}},
	{"within/bracketed province keeps the town in it", "Drones struck Goris (Syunik) twice.",
		[]wm{{text: "Goris", role: geo.RoleLocation, country: "AM", lat: 39.51, lon: 46.34, km: 20},
			{text: "Syunik", role: geo.RoleLocation, country: "AM", levels: admin}}},
	{"within/a possessed province", "Fire was reported in Sisian, in Armenia's Syunik province.",
		[]wm{{text: "Sisian", role: geo.RoleLocation, country: "AM", lat: 39.53, lon: 46.0, km: 20},
			{text: "Armenia", role: geo.RoleLocation, country: "AM", levels: country},
			{text: "Syunik", role: geo.RoleLocation, country: "AM", levels: admin}}},

	{"within/a bracketed town and province drop a far namesake", "Soldiers were captured near Kut (Vardenis, Gegharkunik).",
		[]wm{{text: "Vardenis", role: geo.RoleLocation, country: "AM", lat: 40.18, lon: 45.73, km: 20},
			{text: "Gegharkunik", role: geo.RoleLocation, country: "AM", levels: admin}}},
	{"within/the bracketed town is settled in its province first", "On 3 May, Azerbaijani forces fired near Kut (Vardenis, Gegharkunik).",
		[]wm{{text: "Vardenis", role: geo.RoleLocation, country: "AM", lat: 40.18, lon: 45.73, km: 20},
			{text: "Gegharkunik", role: geo.RoleLocation, country: "AM", levels: admin}}},
	{"within/a settlement word before the district", "Mortars hit the Agdam village in the Tovuz district.",
		[]wm{{text: "Tovuz", role: geo.RoleLocation, country: "AZ", levels: admin}}},
	{"within/a bracketed alternate name is the same place", "Residents returned to Shusha (Shushi) in spring.",
		[]wm{{text: "Shusha", role: geo.RoleLocation, country: "AZ", lat: 39.76, lon: 46.75, km: 20},
			{text: "Shushi", role: geo.RoleLocation, country: "AZ", lat: 39.76, lon: 46.75, km: 20}}},

	// offices and bodies of states
	{"role/a capitalised office of a state is a name", "He met the President of Azerbaijan on Monday.",
		[]wm{{text: "Azerbaijan", role: geo.RoleName, country: "AZ"}}},
	{"role/a ministry of a state is a name", "The Defence Ministry of Armenia said two soldiers died.",
		[]wm{{text: "Armenia", role: geo.RoleName, country: "AM"}}},
	{"role/a state's ministry is the state acting", "Azerbaijan's Defense Ministry said two soldiers died.",
		[]wm{{text: "Azerbaijan", role: geo.RoleActor, country: "AZ"}}},
	{"role/a state's army is the state acting", "Sudan's army said it took the town.",
		[]wm{{text: "Sudan", role: geo.RoleActor, country: "SD"}}},
	{"role/a state's council is the state acting", "Armenia's Security Council met on Monday.",
		[]wm{{text: "Armenia", role: geo.RoleActor, country: "AM"}}},
	{"role/the forces of a region are an actor", "The forces of Nagorno-Karabakh laid down arms.",
		[]wm{{text: "Nagorno-Karabakh", role: geo.RoleActor, country: "AZ"}}},
	{"role/a region's authorities are an actor", "Karabakh authorities closed the road.",
		[]wm{{text: "Karabakh", role: geo.RoleActor, country: "AZ"}}},
	{"role/a region's possessive body is an actor", "Karabakh's leadership rejected the plan.",
		[]wm{{text: "Karabakh", role: geo.RoleActor, country: "AZ"}}},
	{"trap/a military parade is no body", "A Baku military parade marked the day.",
		[]wm{{text: "Baku", role: geo.RoleLocation, country: "AZ"}}},

	// places left
	{"left/withdrew from", "Russia withdrew its peacekeepers from Karabakh.",
		[]wm{{text: "Russia", role: geo.RoleActor, country: "RU"}, {text: "Karabakh", role: geo.RoleLocation, country: "AZ"}}},
	{"left/pulled out of a country", "Iran pulled its advisers out of Syria.",
		[]wm{{text: "Iran", role: geo.RoleActor, country: "IR"}, {text: "Syria", role: geo.RoleLocation, country: "SY"}}},
	{"left/withdrawn from a country", "Troops were withdrawn from Armenia in spring.",
		[]wm{{text: "Armenia", role: geo.RoleLocation, country: "AM"}}},
	{"trap/an origin stays a party", "Grain arrived from Russia.",
		[]wm{{text: "Russia", role: geo.RoleActor, country: "RU"}}},

	// sports clubs
	{"club/a club named after a region and a city's club", "Qarabag beat Shakhtar Donetsk 2-1 in the Europa League.",
		[]wm{{text: "Qarabag", role: geo.RoleName, country: "AZ"}, {text: "Donetsk", role: geo.RoleName, country: "UA"}}},
	{"club/club head before a capital", "Dynamo Kyiv drew with a Turkish side.",
		[]wm{{text: "Kyiv", role: geo.RoleName, country: "UA"}}},
	{"club/FC before two names", "FC Ararat Yerevan won the cup.",
		[]wm{{text: "Ararat", role: geo.RoleName, country: "AM"}, {text: "Yerevan", role: geo.RoleName, country: "AM"}}},
	{"club/two clubs of one city", "Spartak Moscow beat CSKA Moscow on Sunday.",
		[]wm{{text: "Moscow", role: geo.RoleName, country: "RU"}, {text: "Moscow", role: geo.RoleName, country: "RU"}}},
	{"club/City after a town in a sports sentence", "Leicester City won the league.",
		[]wm{{text: "Leicester", role: geo.RoleName, country: "GB"}}},
	{"club/national sides with a score", "Armenia beat Azerbaijan 3-1 in the qualifier.",
		[]wm{{text: "Armenia", role: geo.RoleName, country: "AM"}, {text: "Azerbaijan", role: geo.RoleName, country: "AZ"}}},
	{"trap/City after a town outside sport", "Strikes hit Gaza City overnight.",
		[]wm{{text: "Gaza", role: geo.RoleLocation, country: "PS"}}},
	{"trap/beat without sport", "Azerbaijan beat back an attack near Tartar.",
		[]wm{{text: "Azerbaijan", role: geo.RoleActor, country: "AZ"},
			{text: "Tartar", role: geo.RoleLocation, country: "AZ", near: true}}},
}

func TestParseRules(t *testing.T) { runParseCases(t, ruleCases) }
