package buntdb

// Fork of github.com/tidwall/buntdb v1.3.0 (see README.md): the append-only file is
// loaded from a read-only memory map, each key and value a string over the mapped bytes, instead
// of a copy of each on the heap.

import (
	"cmp"
	"io"
	"os"
	"slices"
	"strings"
	"unsafe"
)

// loadFile replays the database file: from a memory map where the system can map it, else
// through readLoad. It returns what readLoad returns.
func (db *DB) loadFile(fi os.FileInfo) (int64, error) {
	if fi.Size() == 0 {
		return 0, nil
	}
	b, ok := mapReadOnly(db.file, fi.Size())
	if !ok {
		return db.readLoad(db.file, fi.ModTime())
	}
	// The map is never unmapped: the database's strings point into it for as long as they
	// live, which may be after Close. Its pages are the file's, in the page cache; Close
	// drops them from the process (releaseMap), and a string read after it reads them again.
	db.mapped = b
	return db.loadMapped(b, fi)
}

// loadMapped is readLoad over the bytes of the whole file, with the same results and errors,
// without copying: the strings of the commands are slices of b, which must never change. One
// difference: the size it returns counts the nul bytes between commands (and empty commands), so that load
// truncates a cut-off file at the end of its last whole command (readLoad's size leaves them
// out, and the truncation then cut into that command's bytes, which the strings hold).
func (db *DB) loadMapped(b []byte, fi os.FileInfo) (int64, error) {
	// Into an empty database, the file's first run of plain SETs (all of a store's sets,
	// until something is deleted) is collected, then sorted and loaded at once (loadRun).
	bulk := db.keys.Len() == 0 && len(db.idxs) == 0
	var run []dbItem
	defer func() {
		if bulk {
			db.loadRun(run)
		}
	}()
	totalSize := int64(0)
	parts := make([]string, 0, 8)
	for pos := 0; pos < len(b); {
		if b[pos] == 0 { // nul control characters are ignored, as readLoad does
			pos++
			totalSize++
			continue
		}
		start := pos
		n, next, err := mappedLen(b, pos, '*')
		if err != nil {
			return totalSize, err
		}
		pos = next
		parts = parts[:0]
		for i := 0; i < n; i++ {
			size, next, err := mappedLen(b, pos, '$')
			if err != nil {
				return totalSize, err
			}
			if next+size+2 > len(b) {
				return totalSize, io.ErrUnexpectedEOF
			}
			if b[next+size] != '\r' || b[next+size+1] != '\n' {
				return totalSize, ErrInvalid
			}
			parts = append(parts, mappedString(b, next, size))
			pos = next + size + 2
		}
		switch {
		case len(parts) == 0:
		case bulk && len(parts) == 3 && strings.EqualFold(parts[0], "set"):
			run = append(run, dbItem{key: parts[1], val: parts[2]})
		default:
			if bulk {
				db.loadRun(run)
				bulk, run = false, nil
			}
			if err := db.applyParts(parts, fi.ModTime()); err != nil {
				return totalSize, err
			}
		}
		totalSize += int64(pos - start)
	}
	return totalSize, nil
}

// runKey sorts a run's items: the first 16 bytes of the key as two numbers, then the whole
// key, then the position in the file.
type runKey struct {
	hi, lo uint64
	i      uint32
}

// loadRun loads run, SETs in file order into an empty database, as insertIntoDatabase would
// one at a time (the last SET of a key wins), but sorted and appended to the tree in key order.
// The keys are copied, in that order, into one buffer: a walk of the tree reads them in turn.
func (db *DB) loadRun(run []dbItem) {
	if len(run) == 0 {
		return
	}
	keys := make([]runKey, len(run))
	size := 0
	for i := range run {
		k := run[i].key
		keys[i] = runKey{keyWord(k, 0), keyWord(k, 8), uint32(i)}
		size += len(k)
	}
	slices.SortFunc(keys, func(a, b runKey) int {
		if c := cmp.Or(cmp.Compare(a.hi, b.hi), cmp.Compare(a.lo, b.lo)); c != 0 {
			return c // most keys differ in their first 16 bytes: the keys are not read
		}
		return cmp.Or(strings.Compare(run[a.i].key, run[b.i].key), cmp.Compare(a.i, b.i))
	})
	buf := make([]byte, 0, size)
	items := make([]dbItem, 0, len(run))
	for j, k := range keys {
		it := run[k.i]
		if j+1 < len(keys) && run[keys[j+1].i].key == it.key {
			continue // set again later in the file
		}
		at := len(buf)
		buf = append(buf, it.key...)
		it.key = mappedString(buf, at, len(it.key))
		items = append(items, it)
	}
	for i := range items {
		db.keys.Load(&items[i])
	}
}

// keyWord is k[at:at+8] as a big-endian number, zero-padded.
func keyWord(k string, at int) uint64 {
	var w uint64
	for i := at; i < at+8; i++ {
		w <<= 8
		if i < len(k) {
			w |= uint64(k[i])
		}
	}
	return w
}

// ReleasePages (fork) drops the pages of the file's map from the process, as Close does, but
// keeps the map: what is read later faults its pages back in from the page cache or the file.
// A caller that has read every value once at open (to build its own index) calls it after,
// so that the process counts only what its queries touch since.
func (db *DB) ReleasePages() {
	db.mu.RLock()
	defer db.mu.RUnlock()
	if db.mapped != nil {
		dropPages(db.mapped)
	}
}

// releaseMap lets the system take back the pages of the file's map, as at Close: they stay
// readable (from the page cache, or the file), but no longer count as the process's.
func (db *DB) releaseMap() {
	if db.mapped != nil {
		dropPages(db.mapped)
		db.mapped = nil
	}
}

// mappedString is b[at:at+size] as a string sharing b's bytes.
func mappedString(b []byte, at, size int) string {
	if size == 0 {
		return ""
	}
	return unsafe.String(&b[at], size)
}

// mappedLen reads the line "<mark><digits>\r\n" at b[pos:] as readLoad does, returning the
// number and the offset after the line.
func mappedLen(b []byte, pos int, mark byte) (int, int, error) {
	end := pos
	for end < len(b) && b[end] != '\n' {
		end++
	}
	if end == len(b) {
		return 0, 0, io.ErrUnexpectedEOF
	}
	line := b[pos : end+1]
	if line[0] != mark {
		return 0, 0, ErrInvalid
	}
	n := 0
	if len(line) == 4 && line[len(line)-2] == '\r' {
		if line[1] < '0' || line[1] > '9' {
			return 0, 0, ErrInvalid
		}
		n = int(line[1] - '0')
	} else {
		if len(line) < 5 || line[len(line)-2] != '\r' {
			return 0, 0, ErrInvalid
		}
		for i := 1; i < len(line)-2; i++ {
			if line[i] < '0' || line[i] > '9' {
				return 0, 0, ErrInvalid
			}
			n = n*10 + int(line[i]-'0')
		}
	}
	return n, end + 1, nil
}
