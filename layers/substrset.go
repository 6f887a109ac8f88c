package layers

// substrSet finds, in one pass over a text, which of a fixed list of substrings it holds (an
// Aho–Corasick automaton over bytes): the cheap screens of findDates ask a dozen such
// questions of every sentence.
type substrSet struct {
	next [][256]int32 // next[s][c]: the state after reading byte c in state s
	out  []substrBits // out[s]: the substrings that end at state s
	n    int          // how many substrings
}

// substrBits is a set of substrings by index (at most 128).
type substrBits [2]uint64

func (b substrBits) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// any reports whether b and m share a substring.
func (b substrBits) any(m substrBits) bool { return b[0]&m[0] != 0 || b[1]&m[1] != 0 }

func (b *substrBits) set(i int) { b[i/64] |= 1 << (i % 64) }

// newSubstrSet builds the automaton of subs (non-empty, at most 128).
func newSubstrSet(subs []string) *substrSet {
	if len(subs) > 128 {
		panic("layers: substrSet holds at most 128 substrings")
	}
	t := &substrSet{next: make([][256]int32, 1), out: make([]substrBits, 1), n: len(subs)}
	for i, s := range subs {
		st := int32(0)
		for k := 0; k < len(s); k++ {
			if t.next[st][s[k]] == 0 {
				t.next = append(t.next, [256]int32{})
				t.out = append(t.out, substrBits{})
				t.next[st][s[k]] = int32(len(t.next) - 1)
			}
			st = t.next[st][s[k]]
		}
		t.out[st].set(i)
	}
	t.link()
	return t
}

// link turns the trie into the automaton: breadth first, each missing move goes where the
// longest proper suffix's state goes, and each state ends what its suffix state ends.
func (t *substrSet) link() {
	fail := make([]int32, len(t.next))
	var queue []int32
	for c := 0; c < 256; c++ {
		if s := t.next[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := 0; c < 256; c++ {
			u := t.next[s][c]
			if u == 0 {
				t.next[s][c] = t.next[fail[s]][c]
				continue
			}
			fail[u] = t.next[fail[s]][c]
			t.out[u][0] |= t.out[fail[u]][0]
			t.out[u][1] |= t.out[fail[u]][1]
			queue = append(queue, u)
		}
	}
}

// find is the set of the substrings s holds.
func (t *substrSet) find(s string) substrBits {
	var got substrBits
	st := int32(0)
	for i := 0; i < len(s); i++ {
		st = t.next[st][s[i]]
		got[0] |= t.out[st][0]
		got[1] |= t.out[st][1]
	}
	return got
}

// mask is the set of the substrings numbered from first to first+n-1.
func substrRange(first, n int) substrBits {
	var m substrBits
	for i := first; i < first+n; i++ {
		m.set(i)
	}
	return m
}
