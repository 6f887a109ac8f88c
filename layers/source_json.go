package layers

import "encoding/json"

// Source's JSON: as its struct tags say, except that a figure the sentence states is written
// even when 0 ("no one was killed": "fatalities":0) and one it does not state is left out;
// reading it back sets Source.Stated from the figures present.

// MarshalJSON writes the source as appendSource does.
func (s Source) MarshalJSON() ([]byte, error) {
	return appendSource(make([]byte, 0, 256+len(s.Quote)), &s), nil
}

// UnmarshalJSON reads a source; a figure present (0 included) is stated.
func (s *Source) UnmarshalJSON(b []byte) error {
	type plain Source // without the methods
	var v struct {
		plain
		Troops     *int `json:"troops"`
		Fatalities *int `json:"fatalities"`
		Injured    *int `json:"injured"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Source(v.plain)
	s.Stated = 0
	for k, p := range [3]*int{v.Troops, v.Fatalities, v.Injured} {
		if p != nil {
			s.Stated |= 1 << k
			*[3]*int{&s.Troops, &s.Fatalities, &s.Injured}[k] = *p
		}
	}
	return nil
}

// knownValue is a count as EventValue has it: nil (NULL) when not stated.
func knownValue(known bool, n int) any {
	if !known {
		return nil
	}
	return n
}
