package buntdb

// Fork of github.com/tidwall/buntdb v1.3.0 (see README.md): the append-only file is
// loaded from a read-only memory map, each key and value a string over the mapped bytes, instead
// of a copy of each on the heap.

import (
	"io"
	"os"
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
	// live, which may be after Close. Its pages are the file's, in the page cache.
	return db.loadMapped(b, fi)
}

// loadMapped is readLoad over the bytes of the whole file, with the same results and errors,
// without copying: the strings of the commands are slices of b, which must never change. One
// difference: the size it returns counts the nul bytes between commands (and empty commands), so that load
// truncates a cut-off file at the end of its last whole command (readLoad's size leaves them
// out, and the truncation then cut into that command's bytes, which the strings hold).
func (db *DB) loadMapped(b []byte, fi os.FileInfo) (int64, error) {
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
		if len(parts) > 0 {
			if err := db.applyParts(parts, fi.ModTime()); err != nil {
				return totalSize, err
			}
		}
		totalSize += int64(pos - start)
	}
	return totalSize, nil
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
