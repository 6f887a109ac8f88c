package geo_test

import (
	"strings"
	"testing"
)

// benchParagraphs are written for the benchmark: news-like prose about the conflict with the
// mix of capitals, exonyms, names, people and common words an article has.
var benchParagraphs = []string{
	"BAKU — Azerbaijan’s defence ministry said on Monday that shelling from Armenian positions had damaged " +
		"houses in the village of Şıxlar, near Tartar, and that two civilians were taken to hospital in Barda. " +
		"Yerevan denied the claim and accused Baku of preparing a new offensive along the border between Armenia " +
		"and Azerbaijan, where Russian border guards have been stationed since the war.",
	"Moscow has deployed about two thousand peacekeepers to Nagorno-Karabakh under the November agreement, " +
		"with observation posts around Stepanakert, which Azerbaijan calls Khankendi, and along the Lachin corridor " +
		"that links the region to Armenia. The Kremlin said the mission would stay for five years.",
	"President Ilham Aliyev and Turkish President Recep Tayyip Erdoğan signed the Shusha Declaration in Şuşa, " +
		"pledging mutual assistance. Analysts in Ankara said the document deepens ties between Ankara and Baku, " +
		"while commentators writing for the Moscow Times saw it as a challenge to Russia’s role in the South Caucasus.",
	"The co-chairs of the OSCE Minsk Group — France, Russia and the United States — met in Geneva and later in " +
		"Vienna, but the Minsk process has produced little since the fighting ended. Diplomats in Brussels and " +
		"Washington want the European Union to take a larger part in talks with Iran and Georgia.",
	"Deminers from Azerbaijan’s mine action agency cleared fields in the Fizuli, Jabrayil and Kalbajar districts " +
		"this spring. A new airport opened near Füzuli, and a road from Horadiz to Shusha is under construction. " +
		"Engineers say the district of Aghdam will take a decade to clear of mines and unexploded shells.",
	"Turkish troops took part in joint exercises with Azeri forces in Nakhchivan and near Ganja in September, " +
		"General Hulusi Akar said. Reading the statement, observers noted that drills in northern Iraq and eastern " +
		"Turkey had ended only weeks earlier, and that Tehran warned against any change of borders in the region.",
	"Thousands of people joined a rally in Yerevan on August 1, demanding that the government resign. Police " +
		"said the crowd filled the streets of the capital and blocked the road to Zvartnots airport, while smaller " +
		"protests were reported in Gyumri, Vanadzor and in the southern province of Syunik near Goris and Kapan.",
}

// benchText is about size bytes of the paragraphs above, repeated.
func benchText(size int) string {
	var b strings.Builder
	for b.Len() < size {
		for _, p := range benchParagraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkParse measures toponym finding, resolution and roles over about 400 KB of realistic
// prose parsed as one text. The gazetteer is loaded before the timer starts (b.Loop resets it).
// The target is ≥ 5 MB/s on one core.
func BenchmarkParse(b *testing.B) {
	benchParse(b, benchText(400<<10))
}

// BenchmarkParseArticle is BenchmarkParse on an article-sized text (about 8 KB).
func BenchmarkParseArticle(b *testing.B) {
	benchParse(b, benchText(8<<10))
}

// BenchmarkParseArticleNoDirections is BenchmarkParseArticle without "northern Iraq" and
// "eastern Turkey", whose country parts are computed from the country shapes.
func BenchmarkParseArticleNoDirections(b *testing.B) {
	text := strings.NewReplacer("northern Iraq", "Iraq", "eastern Turkey", "Turkey").Replace(benchText(8 << 10))
	benchParse(b, text)
}

func benchParse(b *testing.B, text string) {
	p := testParser(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(p.Parse(text).Mentions)
	}
	b.ReportMetric(float64(n), "mentions/op")
}

// BenchmarkParseParagraph measures one short paragraph, the cost per article section.
func BenchmarkParseParagraph(b *testing.B) {
	p := testParser(b)
	text := benchParagraphs[2]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(text)
	}
}
