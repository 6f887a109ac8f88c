package geo

import (
	"reflect"
	"strings"
	"testing"
)

func TestFoldToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"baku", "baku"},
		{"Baku", "baku"},
		{"Şuşa", "susa"},
		{"Füzuli", "fuzuli"},
		{"Kəlbəcər", "kalbacar"},
		{"Gǝncǝ", "ganca"},
		{"Naxçıvan", "naxcivan"},
		{"İsmayıllı", "ismayilli"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Ağdam", "agdam"},
		{"Ereván", "erevan"},
		{"Москва", "москва"},
		{"Ёлка", "елка"},
		{"S\u0327us\u0327a", "susa"}, // decomposed
		{"Αθήνα", "αθηνα"},
		{"O'Hare", "ohare"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := FoldToken(tt.in); got != tt.want {
				t.Errorf("FoldToken(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	s := "In Nagorno-Karabakh’s Şuşa (Shushi), U.S. troops—2020."
	got := Tokens(s)
	want := []string{"in", "nagorno", "karabakh", "s", "susa", "shushi", "u", "s", "troops", "2020"}
	var texts []string
	for _, tk := range got {
		texts = append(texts, tk.Text)
		if FoldToken(s[tk.Start:tk.End]) != tk.Text {
			t.Errorf("token %q at %d:%d is %q in s", tk.Text, tk.Start, tk.End, s[tk.Start:tk.End])
		}
	}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("Tokens = %q, want %q", texts, want)
	}
	if len(Tokens("")) != 0 || len(Tokens(" -- ")) != 0 {
		t.Error("tokens of nothing")
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nagorno-Karabakh", "nagorno karabakh"},
		{"  Nagorno  Karabakh ", "nagorno karabakh"},
		{"Şuşa", "susa"},
		{"Ts’khinvali", "ts khinvali"},
		{"Tsʼkhinvali", "ts khinvali"},
		{"St. Petersburg", "st petersburg"},
		{"baku", "baku"},
		{"", ""},
		{"--", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
			var parts []string
			for _, tk := range Tokens(tt.in) {
				parts = append(parts, tk.Text)
			}
			if j := strings.Join(parts, " "); j != tt.want {
				t.Errorf("Tokens(%q) joined = %q, want %q", tt.in, j, tt.want)
			}
		})
	}
}

func BenchmarkTokens(b *testing.B) {
	text := strings.Repeat("Azerbaijani forces entered Şuşa (Shushi) on 8 November 2020, Nagorno-Karabakh’s second town; Russia’s peacekeepers deployed to the Lachin corridor. ", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokens(text)
	}
}
