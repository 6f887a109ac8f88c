package layers_test

import (
	"fmt"
	"strings"
	"testing"
)

// benchParagraphs are the building blocks of the benchmark corpus; the generator varies places,
// actors, numbers and dates to make many distinct articles.
var benchParagraphs = []string{
	"%[1]s deployed %[3]s peacekeepers to %[2]s on %[4]s, the defence ministry said. The troops deployed to %[2]s came from a brigade based in the south.",
	"Azerbaijani and Armenian forces clashed near %[2]s on %[4]s, leaving %[5]s soldiers dead. Both sides accused each other of opening fire first.",
	"Two civilians were killed when their car hit a landmine near %[2]s in early %[6]s, local officials said (APA, %[4]s).",
	"Turkish and Azerbaijani troops held joint military exercises in %[2]s last week. Analysts say %[1]s is likely to send more troops to the region.",
	"The ministers of %[1]s and Azerbaijan signed a memorandum on defence cooperation in %[2]s on %[4]s. They met again in %[7]s a month later.",
	"A military parade was held in %[7]s on %[4]s to mark the anniversary, with %[3]s servicemen marching past the tribune.",
	"The negotiations, which diplomats described as difficult, covered prisoners, transport links and the demarcation of the border. No date was set for the next round.",
}

var (
	benchPlaces  = []string{"Lachin", "Aghdam", "Fuzuli", "Shusha", "Tovuz", "Gyumri", "Goris", "Ganja", "Nakhchivan", "Kalbajar", "Jermuk", "Martakert"}
	benchCities  = []string{"Baku", "Yerevan", "Moscow", "Ankara", "Tbilisi", "Sochi"}
	benchActors  = []string{"Russia", "Turkey", "Moscow", "Ankara"}
	benchNumbers = []string{"1,960", "2,000", "some 300", "about 450", "two thousand", "120"}
	benchKilled  = []string{"four", "two", "12", "at least three"}
	benchMonths  = []string{"January", "February", "April", "June", "July", "August", "September", "October", "November", "December"}
)

// benchArticle makes the n-th article of the corpus: front matter and paras paragraphs.
func benchArticle(n, paras int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: \"Bench report %d\"\npublication: Bench Wire\npublished: 2021-%02d-%02d\nurl: https://bench.example.com/%d\n---\n",
		n, 1+n%12, 1+n%28, n)
	for k := 0; k < paras; k++ {
		i := n*7 + k*13
		month := benchMonths[i%len(benchMonths)]
		fmt.Fprintf(&b, benchParagraphs[(n+k)%len(benchParagraphs)]+"\n\n",
			benchActors[i%len(benchActors)], benchPlaces[(i/3)%len(benchPlaces)], benchNumbers[i%len(benchNumbers)],
			fmt.Sprintf("%s %d", month, 1+i%28), benchKilled[i%len(benchKilled)], month, benchCities[i%len(benchCities)])
	}
	fmt.Fprintf(&b, "Report number %d ends here.\n", n)
	return b.String()
}

// BenchmarkExtract is the whole extraction (read, geoparse, events) over a generated corpus of
// about 1 MB; it reports MB/s (target: 2 MB/s or more on one core).
func BenchmarkExtract(b *testing.B) {
	p := extractPipeline(b)
	var corpus [][]byte
	total := 0
	for n := 0; total < 1<<20; n++ {
		a := []byte(benchArticle(n, 8))
		corpus = append(corpus, a)
		total += len(a)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	events := 0
	for b.Loop() {
		for i, a := range corpus {
			res, err := p.ExtractWith(fmt.Sprintf("a%d.md", i), a, "", "")
			if err != nil {
				b.Fatal(err)
			}
			events += len(res.Events)
		}
	}
	if events == 0 {
		b.Fatal("the corpus yielded no events")
	}
}

// BenchmarkExtract1000Articles calls ExtractWith on 1,000 distinct small articles per iteration.
func BenchmarkExtract1000Articles(b *testing.B) {
	p := extractPipeline(b)
	arts := make([][]byte, 1000)
	total := 0
	for i := range arts {
		arts[i] = []byte(benchArticle(i, 2))
		total += len(arts[i])
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, a := range arts {
			if _, err := p.ExtractWith(fmt.Sprintf("s%d.md", i), a, "", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
