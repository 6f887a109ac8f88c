package postgis

// migrations are the schema's numbered steps: migrations[i] takes the schema from version i to
// i+1. Open runs those a database lacks, each once, in a transaction under an advisory lock so
// that two servers opening one database together do not race. Never edit a step that has
// shipped: add one.
//
// Text columns are COLLATE "C" so that ordering is by bytes, as in Go, whatever the
// database's locale. Empty strings and unknown counts are NULL.
var migrations = []string{
	// 1: articles, events with their per-article reports, places, the version counter.
	`CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE conflictmap_meta (
	key   text COLLATE "C" PRIMARY KEY,
	value text NOT NULL
);
CREATE TABLE conflictmap_version (
	id int PRIMARY KEY CHECK (id = 1),
	n  bigint NOT NULL
);
INSERT INTO conflictmap_version VALUES (1, 0);
CREATE TABLE articles (
	id          text COLLATE "C" PRIMARY KEY,
	title       text COLLATE "C" NOT NULL,
	publication text COLLATE "C",
	published   text COLLATE "C",
	url         text COLLATE "C",
	media_type  text COLLATE "C",
	raw         text NOT NULL,
	body_start  int NOT NULL,
	body_end    int NOT NULL,
	mentions    jsonb NOT NULL,
	mention_count int NOT NULL,
	event_ids   text[] COLLATE "C" NOT NULL
);
CREATE TABLE events (
	id             text COLLATE "C" PRIMARY KEY,
	event_type     text COLLATE "C" NOT NULL,
	sub_type       text COLLATE "C",
	title          text COLLATE "C",
	place          text COLLATE "C",
	place_id       text COLLATE "C",
	country        text COLLATE "C",
	admin1         text COLLATE "C",
	level          text COLLATE "C",
	geo_precision  int,
	date           text COLLATE "C",
	date_precision text COLLATE "C",
	date_start     date,
	date_end       date,
	range_start    date,
	range_end      date,
	date_source    text COLLATE "C",
	timing         text COLLATE "C",
	actors         text[] COLLATE "C" NOT NULL,
	actors_lc      text[] COLLATE "C" NOT NULL,
	troops         int,
	fatalities     int,
	injured        int,
	troops_min     int,
	troops_max     int,
	fatalities_min int,
	fatalities_max int,
	injured_min    int,
	injured_max    int,
	counts_hedge   text COLLATE "C",
	modality       text COLLATE "C",
	confidence     float8,
	source_count   int NOT NULL,
	search         text NOT NULL,
	geom           geometry(Point, 4326) NOT NULL,
	feature        text NOT NULL,
	merged         text NOT NULL
);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_actors ON events USING gin (actors);
CREATE INDEX events_actors_lc ON events USING gin (actors_lc);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_range ON events (range_start, range_end);
CREATE TABLE reports (
	seq        bigserial PRIMARY KEY,
	event_id   text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	report     jsonb NOT NULL
);
CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_article ON reports (article_id);
CREATE TABLE places (
	id         text COLLATE "C" PRIMARY KEY,
	name       text COLLATE "C",
	country    text COLLATE "C",
	level      text COLLATE "C",
	mentions   int NOT NULL,
	articles   int NOT NULL,
	first_seen text COLLATE "C",
	last_seen  text COLLATE "C",
	geom       geometry(Point, 4326) NOT NULL
);
CREATE INDEX places_geom ON places USING gist (geom);
CREATE TABLE place_articles (
	place_id   text COLLATE "C" NOT NULL REFERENCES places (id) ON DELETE CASCADE,
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	count      int NOT NULL,
	published  text COLLATE "C",
	PRIMARY KEY (place_id, article_id)
);
CREATE INDEX place_articles_article ON place_articles (article_id);`,
	// 2: the feature JSON, the event as stored and the search text move to event_docs, read
	// only for the rows a page returns: events keeps its typed columns and geometry, a few
	// hundred bytes a row, so that counting a box's matches and filtering them read tens of
	// rows a page rather than four. CLUSTER rewrites events without the dropped columns.
	`CREATE TABLE event_docs (
	id      text COLLATE "C" PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
	search  text NOT NULL,
	feature text NOT NULL,
	merged  text NOT NULL
);
INSERT INTO event_docs (id, search, feature, merged) SELECT id, search, feature, merged FROM events;
ALTER TABLE events DROP COLUMN search, DROP COLUMN feature, DROP COLUMN merged;
CLUSTER events USING events_geom;
ANALYZE events;
ANALYZE event_docs;`,
	// 3: a box's matches counted from the index alone. pt is geom as a native point, whose
	// GiST index returns its values (index-only scans), and the index carries the columns
	// the common filters read (the layer's event_type, fatalities, the date range) and the
	// id, so that numberMatched and a page's ids of a box, a box with a datetime, or a box
	// with a filter on type and fatalities never read the heap (once vacuumed).
	`ALTER TABLE events ADD COLUMN pt point GENERATED ALWAYS AS (point(ST_X(geom), ST_Y(geom))) STORED;
CREATE INDEX events_pt ON events USING gist (pt) INCLUDE (event_type, fatalities, range_start, range_end, id);
ANALYZE events;`,
	// 4: a page is one index scan. Each event's feature (the GeoJSON the API serves) moves
	// back into its events row, which CLUSTER keeps in spatial order: a box's page reads its
	// features from the heap pages its scan of events_pt visits, rather than one lookup in
	// event_docs per feature (numberMatched stays index-only, on events_pt). event_docs keeps
	// the search text and the event as stored, rewritten in the order of events (as Cluster
	// does) so that the dropped features' space is returned.
	`ALTER TABLE events ADD COLUMN feature text;
UPDATE events AS e SET feature = d.feature FROM event_docs AS d WHERE d.id = e.id;
ALTER TABLE events ALTER COLUMN feature SET NOT NULL;
CLUSTER events USING events_geom;
ALTER TABLE event_docs DROP COLUMN feature;
CREATE TEMP TABLE docs_in_order ON COMMIT DROP AS
	SELECT d.id, d.search, d.merged FROM events AS e JOIN event_docs AS d USING (id) ORDER BY e.ctid;
TRUNCATE event_docs;
INSERT INTO event_docs (id, search, merged) SELECT id, search, merged FROM docs_in_order;
DROP TABLE docs_in_order;
ANALYZE events;
ANALYZE event_docs;`,
}
