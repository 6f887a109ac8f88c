package geo

import "testing"

func TestAzeriToEnglish(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kəlbəcər", "Kalbajar"},
		{"Laçın", "Lachin"},
		{"Füzuli", "Fuzuli"},
		{"Naxçıvan", "Nakhchivan"},
		{"Şuşa", "Shusha"},
		{"Xankəndi", "Khankandi"},
		{"Gəncə", "Ganja"},
		{"Gǝncǝ", "Ganja"},
		{"Cəbrayıl", "Jabrayil"},
		{"Qubadlı", "Gubadli"},
		{"Ağdam", "Aghdam"},
		{"Tərtər", "Tartar"},
		{"Bərdə", "Barda"},
		{"Zəngilan", "Zangilan"},
		{"Xocavənd", "Khojavand"},
		{"Şəki", "Shaki"},
		{"Göygöl", "Goygol"},
		{"İsmayıllı", "Ismayilli"},
		{"ŞUŞA", "SHUSHA"},
		{"Baku", "Baku"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := AzeriToEnglish(tt.in); got != tt.want {
				t.Errorf("AzeriToEnglish(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestUkrainianVariant(t *testing.T) {
	for in, want := range map[string]string{
		"Avdiyivka": "Avdiivka", "Kupyansk": "Kupiansk", "Zaporizhzhya": "Zaporizhzhia", "Chuhuyiv": "Chuhuiv",
		"Kostyantynivka": "Kostiantynivka", "Kyiv": "Kyiv", "Bakhmut": "Bakhmut", "Yampil": "Yampil", "Donetsk": "Donetsk",
	} {
		if got := UkrainianVariant(in); got != want {
			t.Errorf("UkrainianVariant(%q) = %q, want %q", in, got, want)
		}
	}
}
