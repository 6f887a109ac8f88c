package geo

// Word classes the finder and the role rules use. They describe English, not any article:
// prepositions, nouns that head names of documents and organisations, and the like.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// locativePreps put the following name in a place: "in Baku", "into northern Iraq".
	locativePreps = set("in", "into", "inside", "within", "at", "near", "nearby", "across", "throughout",
		"around", "outside", "towards", "toward", "through", "via", "along", "from", "on", "onto", "over",
		"off", "beyond", "off", "outskirts", "to")

	// featureWords after a name make it a natural feature: "the Aras river", "Lake Sevan" stays.
	featureWords = set("river", "rivers", "lake", "mountain", "mountains", "mount", "valley", "gorge", "pass",
		"sea", "bay", "gulf", "strait", "straits", "island", "islands", "peninsula", "canal", "ridge", "range",
		"hills", "hill", "plateau", "desert", "forest", "glacier", "reservoir", "dam", "basin", "delta")

	// regionAdjectives may stand capitalised before a region's name: "the Arab Middle East".
	regionAdjectives = set("arab", "muslim", "christian", "western", "eastern", "northern", "southern", "central",
		"greater", "upper", "lower", "inner", "outer", "turkic", "slavic", "kurdish", "persian", "european",
		"asian", "african", "latin", "caucasian", "wider", "entire", "whole", "mountainous", "occupied")

	// objectVerbs before a place make it the place acted on: "visited Yerevan", "shelled Goris".
	objectVerbs = set("visited", "visit", "visits", "visiting", "toured", "tour", "reached", "reach", "entered",
		"enter", "left", "leave", "leaving", "fled", "flee", "arrived", "captured", "recaptured", "seized",
		"liberated", "shelled", "bombed", "struck", "surrounded", "besieged", "occupied", "stormed", "evacuated",
		"crossed", "patrolled", "overran", "encircled", "hit", "attacked", "targeted", "pounded", "bombarded")

	// placePreps come before a place: a common word after one may be a place ("in Reading").
	placePreps = set("in", "at", "from", "to", "near", "into", "outside", "around", "towards", "toward", "of", "via")

	// nearPreps say the event is close to, not at, the place.
	nearPreps = set("near", "outside", "nearby", "around", "outskirts", "close", "vicinity")

	// motionWords make "to X" a destination: "a visit to Yerevan", "troops sent to Syria".
	motionWords = set("visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travels", "traveled",
		"travelled", "traveling", "travelling", "sent", "send", "sends", "sending", "deployed", "deploy", "deploys",
		"deploying", "deployment", "deployments", "dispatched", "dispatch", "dispatching", "arrived", "arrive",
		"arrives", "arriving", "arrival", "returned", "return", "returning", "moved", "move", "moving", "flew",
		"fly", "flown", "flight", "flights", "airlifted", "airlift", "went", "go", "going", "came", "come", "coming", "transferred",
		"transfer", "relocated", "redeployed", "rushed", "headed", "heading", "route", "road", "way", "journey",
		"mission", "missions", "delegation", "corridor", "access", "entry", "back", "forces", "troops", "units")

	// borderWords make "between X and Y" a place: "the border between Armenia and Azerbaijan".
	borderWords = set("border", "borders", "frontier", "frontiers", "boundary", "line", "lines", "contact",
		"corridor", "road", "highway", "railway", "railroad", "pipeline", "area", "areas", "zone", "region")

	// geoNouns make "the X of Y" and "Y's X" a place: "the streets of Baku", "Armenia's Syunik province".
	geoNouns = set("territory", "territories", "soil", "land", "lands", "part", "parts", "portion", "region",
		"regions", "district", "districts", "province", "provinces", "capital", "city", "town", "towns",
		"village", "villages", "border", "borders", "airspace", "waters", "coast", "north", "south", "east",
		"west", "northeast", "northwest", "southeast", "southwest", "interior", "streets", "street", "centre",
		"center", "outskirts", "suburbs", "suburb", "neighbourhood", "neighborhood", "heart", "side", "sides",
		"areas", "area", "mountains", "highlands", "hills", "plain", "plains", "valley", "enclave", "exclave",
		"countryside", "settlements", "positions", "skies", "sky", "ports", "port", "airport", "base", "bases",
		"frontier", "frontline", "front")

	// orgHeads open a formal name that may end in a place: "Organization for Security and Cooperation in Europe".
	orgHeads = set("organization", "organisation", "union", "council", "conference", "commission", "committee",
		"bank", "institute", "university", "court", "assembly", "league", "alliance", "cooperation",
		"co-operation", "security", "parliament", "office", "agency", "fund", "programme", "program",
		"association", "federation", "foundation", "centre", "center", "ministry", "mission", "service",
		"treaty", "pact", "community", "forum", "partnership")

	// honorifics come before a person's name: "President Ilham Aliyev".
	honorifics = set("president", "presidents", "prime", "minister", "general", "gen", "gens", "colonel", "col",
		"major", "maj", "lieutenant", "lt", "captain", "capt", "admiral", "adm", "sergeant", "sgt", "mr", "mrs",
		"ms", "dr", "prof", "sir", "lord", "lady", "king", "queen", "prince", "princess", "sheikh", "emir",
		"chancellor", "secretary", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "speaker",
		"chairman", "pope", "patriarch", "saint", "st", "commander", "marshal", "senator", "governor", "mayor")

	// months and weekdays are never places.
	calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

	// connectors may stand lower-case inside a capitalised name: "Bosnia and Herzegovina", "Rostov-on-Don".
	connectors = set("and", "of", "the", "de", "del", "da", "do", "dos", "la", "le", "les", "el", "al", "on",
		"upon", "am", "an", "der", "den", "di", "du", "y", "i", "e", "sur", "en", "bin", "ibn", "city")

	// directions turn a country into one of its parts: "northern Iraq", "eastern Ukraine".
	directions = map[string][2]float64{ // the part's offset from the country's centre, in halves of its extent: {dx, dy}
		"northern": {0, 1}, "southern": {0, -1}, "eastern": {1, 0}, "western": {-1, 0},
		"northeastern": {1, 1}, "northwestern": {-1, 1}, "southeastern": {1, -1}, "southwestern": {-1, -1},
		"north": {0, 1}, "south": {0, -1}, "east": {1, 0}, "west": {-1, 0}, "central": {0, 0},
	}

	// actorVerbs before a name make it the object of a political act: "to support Baku".
	actorVerbs = set("support", "supports", "supported", "supporting", "help", "helps", "helped", "urged",
		"urge", "urges", "warned", "warn", "warns", "accused", "accuse", "accuses", "pressured", "pressure",
		"backs", "backed", "back", "criticized", "criticised", "condemned", "condemn", "told", "asked", "called",
		"join", "joined", "joins", "recognize", "recognise", "recognized", "recognised", "sanction", "sanctioned",
		"upsetting", "upset", "angering", "anger", "provoke", "provoking", "threaten", "threatened", "threatens",
		"persuade", "convince", "reassure", "reassured", "counter", "countering", "balance", "balancing",
		"against", "with", "by", "and", "between", "versus", "vs", "than", "like")

	// auxiliaries after a name make it a subject: "Moscow has deployed", "Baku will respond".
	auxiliaries = set("has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "may",
		"might", "must", "should", "shall", "did", "does", "do", "said", "says", "sent", "took", "takes", "made",
		"makes", "gave", "gives", "began", "begins", "wants", "want", "sought", "seeks", "insisted", "insists",
		"agreed", "agrees", "hopes", "hoped", "plans", "planned", "appears", "appeared", "remains", "remained",
		"sees", "saw", "knows", "knew", "let", "lets", "put", "puts", "kept", "keeps", "held", "holds", "won",
		"wins", "lost", "loses", "brought", "brings", "needs", "needed", "tries", "tried", "intends", "intended")
)
