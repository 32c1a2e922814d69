package mydigits

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"digitlab/nn"
)

// digit returns a digit of label whose image is a pattern of seed.
func digit(label uint8, seed int) Digit {
	d := Digit{Label: label}
	for i := range d.Image {
		if (i*7+seed*13)%11 < 3 {
			d.Image[i] = uint8((i + seed) * 37)
		}
	}
	return d
}

func setOf(n int) *Set {
	s := &Set{}
	for i := range n {
		if err := s.Add(digit(uint8(i%10), i)); err != nil {
			panic(err)
		}
	}
	return s
}

func TestAddRemoveClear(t *testing.T) {
	for _, tc := range []struct {
		name    string
		ops     func(s *Set) error
		wantLen int
		wantErr string
	}{
		{"add", func(s *Set) error { return s.Add(digit(3, 1)) }, 1, ""},
		{"bad label", func(s *Set) error { return s.Add(digit(10, 1)) }, 0, "10 is not a digit"},
		{"full", func(s *Set) error {
			*s = *setOf(Max)
			return s.Add(digit(1, 1))
		}, Max, "the most kept"},
		{"remove", func(s *Set) error {
			*s = *setOf(3)
			return s.Remove(1)
		}, 2, ""},
		{"remove out of range", func(s *Set) error {
			*s = *setOf(3)
			return s.Remove(3)
		}, 3, "no digit 3"},
		{"clear", func(s *Set) error {
			*s = *setOf(3)
			s.Clear()
			return nil
		}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s Set
			err := tc.ops(&s)
			if (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("error %v, want %q", err, tc.wantErr)
			}
			if s.Len() != tc.wantLen {
				t.Errorf("%d digits, want %d", s.Len(), tc.wantLen)
			}
		})
	}
}

// Remove keeps the order of the others.
func TestRemoveKeepsOrder(t *testing.T) {
	s := setOf(4)
	if err := s.Remove(1); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{0, 2, 3} {
		if s.At(i) != digit(uint8(want%10), want) {
			t.Errorf("digit %d is not the original %d", i, want)
		}
	}
}

// Insert after Remove at the same place gives the set back; a bad
// place, a bad label or a full set changes nothing.
func TestInsert(t *testing.T) {
	for _, tc := range []struct {
		name    string
		n, at   int
		d       Digit
		wantErr string
	}{
		{"first", 4, 0, digit(0, 0), ""},
		{"middle", 4, 2, digit(2, 2), ""},
		{"last", 4, 3, digit(3, 3), ""},
		{"past the end", 4, 5, digit(1, 9), "no place 5"},
		{"negative", 4, -1, digit(1, 9), "no place -1"},
		{"bad label", 4, 1, digit(10, 1), "10 is not a digit"},
		{"full", Max, 1, digit(1, 1), "the most kept"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := setOf(tc.n)
			want := setOf(tc.n)
			if tc.wantErr == "" {
				if err := s.Remove(tc.at); err != nil {
					t.Fatal(err)
				}
			}
			err := s.Insert(tc.at, tc.d)
			if (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			}
			if s.Len() != want.Len() {
				t.Fatalf("%d digits, want %d", s.Len(), want.Len())
			}
			for i := range s.Len() {
				if s.At(i) != want.At(i) {
					t.Errorf("digit %d is not the original", i)
				}
			}
		})
	}
}

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name           string
		have, add      *Set
		wantAdded, len int
		wantErr        string
	}{
		{"new ones", setOf(2), setOf(5), 3, 5, ""},
		{"all known", setOf(5), setOf(5), 0, 5, ""},
		{"too many", setOf(Max - 1), func() *Set { s := &Set{}; s.Add(digit(1, -1)); s.Add(digit(2, -2)); return s }(), 0, Max - 1, "at most 500"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := tc.have.Merge(tc.add)
			if (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("error %v, want %q", err, tc.wantErr)
			}
			if n != tc.wantAdded || tc.have.Len() != tc.len {
				t.Errorf("added %d, now %d; want %d, %d", n, tc.have.Len(), tc.wantAdded, tc.len)
			}
		})
	}
}

func TestFromInput(t *testing.T) {
	var in [nn.Inputs]float32
	in[0], in[1], in[2], in[3] = 1, 0.5, -1, 2
	d, err := FromInput(7, &in)
	if err != nil {
		t.Fatal(err)
	}
	if d.Label != 7 || d.Image[0] != 255 || d.Image[1] != 128 || d.Image[2] != 0 || d.Image[3] != 255 {
		t.Errorf("got label %d, pixels %v", d.Label, d.Image[:4])
	}
	for _, label := range []int{-1, 10} {
		if _, err := FromInput(label, &in); err == nil {
			t.Errorf("label %d accepted", label)
		}
	}
}

func TestDatasetRoundTrip(t *testing.T) {
	s := setOf(12)
	d := s.Dataset()
	if d.Len() != 12 || len(d.Pixels) != 12*nn.Inputs {
		t.Fatalf("dataset of %d images, %d pixels", d.Len(), len(d.Pixels))
	}
	back, err := FromDataset(d)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Encode(), s.Encode()) {
		t.Error("FromDataset(Dataset()) is another set")
	}
	if c := s.Counts(); c[0] != 2 || c[1] != 2 || c[2] != 1 {
		t.Errorf("counts %v", c)
	}
}

func TestEncodeDecode(t *testing.T) {
	for _, n := range []int{0, 1, 37, Max} {
		s := setOf(n)
		data := s.Encode()
		got, err := Decode(data)
		if err != nil {
			t.Fatalf("%d digits: %v", n, err)
		}
		if got.Len() != n || !bytes.Equal(got.Encode(), data) {
			t.Errorf("%d digits: decoded %d, not the same set", n, got.Len())
		}
		if n == Max && len(data) > Max*recordSize/3 {
			t.Errorf("%d digits take %d bytes: not compact", n, len(data))
		}
	}
}

// Each way a file can be wrong has its own message, and wraps ErrFile.
func TestDecodeErrors(t *testing.T) {
	good := setOf(3).Encode()
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a Digit Lab digits file"},
		{"a model", []byte("DLMODEL\x00\x01\x00\x00\x00"), "not a Digit Lab digits file"},
		{"header only", good[:12], "truncated (12 bytes)"},
		{"newer", edit(func(b []byte) []byte { b[8] = 2; return b }), "version 2, from a newer Digit Lab"},
		{"version 0", edit(func(b []byte) []byte { b[8] = 0; return b }), "corrupted (version 0)"},
		{"too many", edit(func(b []byte) []byte { b[10], b[11] = 0xF5, 0x01; return b }), "holds 501 digits"},
		{"fewer than it says", edit(func(b []byte) []byte { b[10] = 4; return b }), "truncated or corrupted (4 digits expected)"},
		{"more than it says", edit(func(b []byte) []byte { b[10] = 2; return b }), "more data than 2 digits"},
		{"cut", good[:len(good)-5], "truncated or corrupted"},
		{"trailing bytes", append(bytes.Clone(good), 0), "more data than 3 digits"},
		{"checksum", edit(func(b []byte) []byte { b[12] ^= 1; return b }), "checksum mismatch"},
		{"bad label", func() []byte {
			s := setOf(1)
			s.digits[0].Label = 12
			return s.Encode()
		}(), "digit 1 has the label 12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.data)
			if err == nil || !errors.Is(err, ErrFile) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q wrapping ErrFile", err, tc.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(setOf(3).Encode())
	f.Add(setOf(0).Encode())
	f.Add(setOf(3).Encode()[:20])
	f.Add([]byte(fileMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrFile) {
				t.Fatalf("error %v does not wrap ErrFile", err)
			}
			return
		}
		again, err := Decode(s.Encode())
		if err != nil || !bytes.Equal(again.Encode(), s.Encode()) {
			t.Fatalf("an accepted file does not encode back to the same digits: %v", err)
		}
	})
}

func TestIsFile(t *testing.T) {
	for _, tc := range []struct {
		data []byte
		want bool
	}{
		{setOf(2).Encode(), true},
		{[]byte(fileMagic), true},
		{[]byte("DLMODEL\x00"), false},
		{nil, false},
	} {
		if got := IsFile(tc.data); got != tc.want {
			t.Errorf("IsFile(%q) = %v", tc.data[:min(len(tc.data), 8)], got)
		}
	}
}
