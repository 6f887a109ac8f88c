package layers_test

import (
	"testing"

	"conflictmap/layers"
)

// How an event's date, date_source and timing follow from its sentence and its article's date.
// Sentences written for these tests; 2021-06-23 is a Wednesday.
func TestExtractDateSourceAndTiming(t *testing.T) {
	cases := []struct {
		name, text, pub string
		typ, place      string
		date, prec      string
		source, timing  string
	}{
		{"undated news clash takes the published day",
			"Azerbaijani and Armenian forces clashed near Tovuz, the ministry said.", "2021-06-23",
			"clash", "Tovuz", "2021-06-23", "day", "published", "news"},
		{"a month-only publication gives month precision",
			"Azerbaijani and Armenian forces clashed near Tovuz, the ministry said.", "2022-09",
			"clash", "Tovuz", "2022-09", "month", "published", "news"},
		{"a dateline date wins over the published date",
			"YEREVAN, June 21 (Reuters) - Azerbaijani and Armenian forces clashed near Tegh, the ministry said.", "2021-06-23",
			"clash", "Tegh", "2021-06-21", "day", "dateline", "news"},
		{"relative days count from the dateline",
			"YEREVAN, June 21 (Reuters) - Azerbaijani forces shelled Tegh yesterday, the ministry said.", "2021-06-23",
			"clash", "Tegh", "2021-06-20", "day", "text", "news"},
		{"a weekday beside a verb dates the event",
			"Azerbaijani forces shelled Tegh on Monday night, the ministry said.", "2021-06-23",
			"clash", "Tegh", "2021-06-21", "day", "text", "news"},
		{"a story's day is the lede's, not the start of a toll counted since",
			"Officials said 12 soldiers had been killed since last night. They said Armenian forces shelled positions near Kalbajar in the afternoon.", "2021-06-23",
			"clash", "Kalbajar", "2021-06-23", "day", "published", "news"},
		{"the lede's day dates the next sentence's event",
			"Fighting resumed on Monday, officials said. They said Armenian forces shelled positions near Kalbajar.", "2021-06-23",
			"clash", "Kalbajar", "2021-06-21", "day", "text", "news"},
		{"a document's date (docdate) does not date the next sentence's event",
			"On 21-22 June, in breach of the statement of 9 November 2020, soldiers set up a post near Tegh. Drones struck positions near Kalbajar.", "2021-06-23",
			"clash", "Kalbajar", "2021-06-21", "day", "text", "news"},
		{"a document's date (docdate) does not date its own sentence's event",
			"On Monday, in breach of the statement of 9 November 2020, soldiers set up a post near Tegh.", "2021-06-23",
			"deployment", "Tegh", "2021-06-21", "day", "text", "news"},
		{"a signing is dated by its document's date",
			"The leaders signed the declaration of 9 November 2020 in Moscow.", "2021-06-23",
			"agreement", "Moscow", "2020-11-09", "day", "text", "background"},
		{"a relative clause about the place dates something else",
			"Drones struck positions near Kalbajar, which the army retook on Monday.", "2021-06-23",
			"clash", "Kalbajar", "2021-06-23", "day", "published", "news"},
		{"a relative clause that tells of the event dates it (happen)",
			"The shelling near Kalbajar, which took place on Monday, was condemned.", "2021-06-23",
			"clash", "Kalbajar", "2021-06-21", "day", "text", "news"},
		{"a history sentence is background and keeps no publication date",
			"During the first Karabakh war, Armenian forces shelled Aghdam.", "2021-06-23",
			"clash", "Aghdam", "", "unknown", "none", "background"},
		{"back in recalls the past",
			"Back in those days, Turkish advisers were stationed in Baku.", "2021-06-23",
			"deployment", "Baku", "", "unknown", "none", "background"},
		{"years ago recalls the past",
			"Years ago, Russian troops were stationed in Gyumri.", "2021-06-23",
			"deployment", "Gyumri", "", "unknown", "none", "background"},
		{"a clause opened by since tells of an earlier event",
			"Schools have stayed shut since Azerbaijani forces shelled Sotk.", "2021-06-23",
			"clash", "Sotk", "", "unknown", "none", "background"},
		{"the same clause with its own recent day is news",
			"Schools have stayed shut since Azerbaijani forces shelled Sotk on Monday.", "2021-06-23",
			"clash", "Sotk", "2021-06-21", "day", "text", "news"},
		{"with no cue the same state is news",
			"Turkish advisers are stationed in Baku.", "2021-06-23",
			"deployment", "Baku", "2021-06-23", "day", "published", "news"},
		{"an old written date is background and kept",
			"Turkey sent military advisers to Baku in 1994.", "2021-06-23",
			"deployment", "Baku", "1994", "year", "text", "background"},
		{"a war's year does not date an unrelated deployment",
			"Since the 2020 war, Azerbaijan has deployed troops near Lachin.", "2021-06-23",
			"deployment", "Lachin", "", "unknown", "none", "background"},
		{"a war's year dates the clashes fought in it",
			"Drones struck Armenian positions near Aghdam during the 2020 war.", "2021-06-23",
			"clash", "Aghdam", "2020", "year", "text", "background"},
		{"a war's year does not date a news clash with its own day",
			"Since the 2020 war, forces have clashed near Tegh on Tuesday.", "2021-06-23",
			"clash", "Tegh", "2021-06-22", "day", "text", "news"},
		{"a war's year in another clause does not date a clash",
			"Azerbaijan, which won the 2020 war, shelled Tegh, the ministry said.", "2021-06-23",
			"clash", "Tegh", "2021-06-23", "day", "published", "news"},
		{"a war in an aside does not make a clash background",
			"Azerbaijan, which regained land in the 2020 war, shelled Tegh, the ministry said.", "2021-06-23",
			"clash", "Tegh", "2021-06-23", "day", "published", "news"},
		{"a participle's aside dates the event before it",
			"Russia keeps its military base in Gyumri, opened in 1995, and the peacekeepers it sent to Karabakh.", "2021-06-23",
			"deployment", "Gyumri", "1995", "year", "text", "background"},
		{"a participle's aside does not date the event after it",
			"Russia keeps its military base in Gyumri, opened in 1995, and the peacekeepers it sent to Karabakh.", "2021-06-23",
			"deployment", "Nagorno-Karabakh", "2021-06-23", "day", "published", "news"},
		{"the day of a report comes after the event's own",
			"Sunday's missile strike on Sumy killed 35 people, officials said on Tuesday.", "2021-06-23",
			"clash", "Sumy", "2021-06-20", "day", "text", "news"},
		{"a plan with no date gets none",
			"Russia will deploy more troops to Gyumri.", "2021-06-23",
			"deployment", "Gyumri", "", "unknown", "none", "news"},
		{"a day with no year that a plan looks ahead to is the next one",
			"The drills will be held near Gyumri from March 3 to 9.", "2021-06-23",
			"exercise", "Gyumri", "2022-03-03", "day", "text", "news"},
		{"a day with no year that a report looks back on is the last one",
			"The drills were held near Gyumri from March 3 to 9.", "2021-06-23",
			"exercise", "Gyumri", "2021-03-03", "day", "text", "background"},
		{"a relative clause after the trigger tells of the event: its place and its day",
			"Troops arrived for the exercise, which will take place near Gyumri on 2 July.", "2021-06-23",
			"exercise", "Gyumri", "2021-07-02", "day", "text", "news"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := extract(t, c.text, c.pub)
			var e *layers.Event
			for i := range res.Events {
				if res.Events[i].EventType == c.typ && res.Events[i].Place == c.place {
					e = &res.Events[i]
				}
			}
			if e == nil {
				t.Fatalf("%q: no %s at %s in %+v", c.text, c.typ, c.place, res.Events)
			}
			p := e.Feature().Properties
			if p["date"] != c.date || p["date_precision"] != c.prec || p["date_source"] != c.source || p["timing"] != c.timing {
				t.Errorf("%q: date %v/%v source %v timing %v, want %s/%s source %s timing %s", c.text,
					p["date"], p["date_precision"], p["date_source"], p["timing"], c.date, c.prec, c.source, c.timing)
			}
		})
	}
}
