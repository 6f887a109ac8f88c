package buntdb

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// A store file is buntdb's append-only log: RESP commands ("*3\r\n$3\r\nset\r\n$3\r\nkey\r\n…"),
// each a SET or a DEL, in the order they were written. buntdb itself, at open, silently
// truncates a file that ends inside a command and refuses one with anything else wrong
// ("invalid database") without saying where. The scan below reads the file as buntdb does,
// so that damage is reported with its place and what is readable.

// Damage is a region of a store file that is not a readable command.
type Damage struct {
	Offset int64 // byte offset of the first unreadable byte
	Size   int64 // unreadable bytes from Offset (up to the next readable command or the end)
	// Truncated: the file ends inside a command, as it does when a write was cut off (a crash
	// or a kill during a transaction that was never acknowledged).
	Truncated bool
	Record    int    // the damaged command's position in the file, counting from 1
	Reason    string // what is wrong, e.g. "expected '*'"
}

func (d Damage) String() string {
	if d.Truncated {
		return fmt.Sprintf("ends inside record %d at byte %d: the last %d bytes are an unfinished write", d.Record, d.Offset, d.Size)
	}
	return fmt.Sprintf("record %d at byte %d is unreadable (%s): %d bytes skipped", d.Record, d.Offset, d.Reason, d.Size)
}

// StoreReport is what CheckStore found in a store file.
type StoreReport struct {
	Path    string
	Size    int64    // bytes
	Records int      // readable commands
	Damage  []Damage // in file order; empty for a sound file
	// InUse is set when another process held the store while it was read: a write under way
	// then may read as an unfinished last record.
	InUse *InUseError
}

// OK reports whether the file has no damage.
func (r *StoreReport) OK() bool { return len(r.Damage) == 0 }

// Lost is the number of unreadable bytes.
func (r *StoreReport) Lost() int64 {
	var n int64
	for _, d := range r.Damage {
		n += d.Size
	}
	return n
}

// CheckStore reads the store file at path and reports every damaged region and how many
// records are readable. It changes nothing. It takes the store's lock while it reads when it
// can; when another process holds it, the file is read all the same and InUse says so.
func CheckStore(path string) (*StoreReport, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("layers: check store: %w", err)
	}
	lock, err := lockStore(path)
	var inUse *InUseError
	if err != nil && !errors.As(err, &inUse) {
		return nil, err
	}
	defer lock.unlock()
	rep, err := scanStore(path, nil)
	if rep != nil {
		rep.InUse = inUse
	}
	return rep, err
}

// scanStore reads the file at path; each readable command's bytes are passed to keep when it
// is not nil. After a damaged region the scan resumes at the next byte where a whole command
// reads, so one bad byte loses one record, not the rest of the file.
func scanStore(path string, keep func([]byte) error) (*StoreReport, error) {
	b, release, err := mapFile(path)
	if err != nil {
		return nil, fmt.Errorf("layers: check store: %w", err)
	}
	defer release()
	rep := &StoreReport{Path: path, Size: int64(len(b))}
	for pos := 0; pos < len(b); {
		if b[pos] == 0 { // buntdb skips NUL bytes between commands
			pos++
			continue
		}
		n, reason := readCommand(b[pos:])
		if n > 0 {
			rep.Records++
			if keep != nil {
				if err := keep(b[pos : pos+n]); err != nil {
					return nil, err
				}
			}
			pos += n
			continue
		}
		d := Damage{Offset: int64(pos), Record: rep.Records + len(rep.Damage) + 1, Reason: reason}
		next := resync(b, pos+1)
		d.Size = int64(next - pos)
		d.Truncated = next == len(b) && reason == reasonEOF
		rep.Damage = append(rep.Damage, d)
		pos = next
	}
	return rep, nil
}

const reasonEOF = "the file ends inside it"

// resync returns the first offset at or after from where a whole command reads, or len(b).
func resync(b []byte, from int) int {
	for i := from; i < len(b); i++ {
		if b[i] == '*' && (i == 0 || b[i-1] == '\n') {
			if n, _ := readCommand(b[i:]); n > 0 {
				return i
			}
		}
	}
	return len(b)
}

// readCommand returns the length of the command at the start of b, or 0 and why it is not one.
func readCommand(b []byte) (int, string) {
	nparts, pos, reason := readHeader(b, 0, '*')
	if reason != "" {
		return 0, reason
	}
	var verb, arg string
	ttl := true
	for i := 0; i < nparts; i++ {
		size, p, reason := readHeader(b, pos, '$')
		if reason != "" {
			return 0, reason
		}
		if p+size+2 > len(b) {
			return 0, reasonEOF
		}
		if b[p+size] != '\r' || b[p+size+1] != '\n' {
			return 0, "a value is not followed by CRLF"
		}
		switch v := b[p : p+size]; i {
		case 0:
			verb = strings.ToLower(string(v))
		case 3:
			arg = strings.ToLower(string(v))
		case 4:
			_, err := strconv.ParseInt(string(v), 10, 64)
			ttl = err == nil && (arg == "ex" || arg == "ae")
		}
		pos = p + size + 2
	}
	switch {
	case verb == "set" && (nparts == 3 || nparts == 5 && ttl), verb == "del" && nparts == 2, verb == "flushdb":
		return pos, ""
	case nparts == 0:
		return pos, ""
	}
	return 0, fmt.Sprintf("not a command buntdb reads (%q with %d parts)", verb, nparts)
}

// readHeader reads "<mark><digits>\r\n" at b[pos:], returning the number and the offset after it.
func readHeader(b []byte, pos int, mark byte) (int, int, string) {
	if pos >= len(b) {
		return 0, 0, reasonEOF
	}
	if b[pos] != mark {
		return 0, 0, fmt.Sprintf("expected %q", mark)
	}
	n, i := 0, pos+1
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		if n > 1<<40 {
			return 0, 0, "a length is too large"
		}
		n = n*10 + int(b[i]-'0')
	}
	switch {
	case i+1 >= len(b):
		return 0, 0, reasonEOF
	case i == pos+1 || b[i] != '\r' || b[i+1] != '\n':
		return 0, 0, fmt.Sprintf("a malformed %q line", mark)
	}
	return n, i + 2, ""
}

// ErrDamaged wraps the error Open returns for a store file with unreadable records.
var ErrDamaged = errors.New("layers: damaged store")

// RepairStore writes the readable records of the store file at path to a new file, sets the
// damaged file aside as PATH.damaged-TIME and puts the new one in its place. It holds the
// store's lock meanwhile, so it fails with an *InUseError while a server has the store open.
// It returns what it found and the name of the file set aside ("" when the file was sound
// and nothing was done).
func RepairStore(path string) (*StoreReport, string, error) {
	lock, err := lockStore(path)
	if err != nil {
		return nil, "", err
	}
	defer lock.unlock()
	rep, err := scanStore(path, nil)
	if err != nil || rep.OK() {
		return rep, "", err
	}
	tmp := path + ".repair"
	os.Remove(tmp) // a leftover of a repair that failed
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, "", fmt.Errorf("layers: repair store: %w", err)
	}
	w := bufio.NewWriter(f)
	_, err = scanStore(path, func(b []byte) error { _, err := w.Write(b); return err })
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if err = errors.Join(err, f.Close()); err != nil {
		os.Remove(tmp)
		return nil, "", fmt.Errorf("layers: repair store: %w", err)
	}
	kept := damagedName(path)
	if err := os.Rename(path, kept); err != nil {
		os.Remove(tmp)
		return nil, "", fmt.Errorf("layers: repair store: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, kept, fmt.Errorf("layers: repair store: the damaged file is now %s, the repaired one %s: %w", kept, tmp, err)
	}
	return rep, kept, nil
}
