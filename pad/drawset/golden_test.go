package drawset

import (
	"fmt"
	"hash/fnv"
	"math"
	"testing"
)

// hashSamples fingerprints the labels, families, pens and strokes of ss.
func hashSamples(ss []Sample) uint64 {
	h := fnv.New64a()
	for _, s := range ss {
		fmt.Fprintf(h, "%d|%s|%s|%v|", s.Label, s.Family, s.Pen, s.HeldOut)
		for _, st := range s.Strokes {
			for _, xy := range st {
				b0, b1 := math.Float32bits(xy[0]), math.Float32bits(xy[1])
				h.Write([]byte{byte(b0), byte(b0 >> 8), byte(b0 >> 16), byte(b0 >> 24), byte(b1), byte(b1 >> 8), byte(b1 >> 16), byte(b1 >> 24)})
			}
			h.Write([]byte{'/'})
		}
	}
	return h.Sum64()
}

// TestPartsUnchanged pins the drawings of the parts whose figures are in
// the README: a change to the generator that moves one of them would make
// old and new figures incomparable. The fingerprints were taken from the
// generator as those figures were measured; adding a part or a family list
// of its own must leave them as they are.
func TestPartsUnchanged(t *testing.T) {
	for _, tc := range []struct {
		part           Part
		digits, others uint64
	}{
		{Tuning, 0x8f8c959244b8e4cc, 0x85ace632b73c7539},
		{HeldOut, 0x1a54a5e000dc9c2f, 0xb85b04acb445d120},
		{Final, 0x72f2eec839c1fd41, 0x1d9a6bcb887f5fde},
	} {
		if got := hashSamples(Digits(1, 300, tc.part)); got != tc.digits {
			t.Errorf("part %d: 300 digits of seed 1 fingerprint %016x, want %016x", tc.part, got, tc.digits)
		}
		if got := hashSamples(Others(1, 100, tc.part)); got != tc.others {
			t.Errorf("part %d: 100 non-digits of seed 1 fingerprint %016x, want %016x", tc.part, got, tc.others)
		}
	}
}

// TestSetsUnchanged pins the drawings of every set the package hands out,
// digits and non-digits, both halves of each: the evaluation sets are only
// comparable across changes while their drawings stay the same, so a
// change to shared drawing code (a helper several sets call, the order of
// their random numbers) must leave every fingerprint as it is. The
// fingerprints were taken from the generators as the sets were written.
func TestSetsUnchanged(t *testing.T) {
	const seed, digits, others = 1, 300, 100
	for _, tc := range []struct {
		name string
		gen  func() []Sample
		want uint64
	}{
		{"Digits Fresh", func() []Sample { return Digits(seed, digits, Fresh) }, 0xed0d0ff044da558b},
		{"Digits BlindTune", func() []Sample { return Digits(seed, digits, BlindTune) }, 0xdcbba8fcaaf810cd},
		{"Digits BlindHeld", func() []Sample { return Digits(seed, digits, BlindHeld) }, 0x8a106fff046fc9f7},
		{"BlindDigits BlindTuning", func() []Sample { return BlindDigits(seed, digits, BlindTuning) }, 0x59246c1b2f6505a9},
		{"BlindDigits BlindHeldOut", func() []Sample { return BlindDigits(seed, digits, BlindHeldOut) }, 0x45a24b3df93692c6},
		{"BlindOthers BlindTuning", func() []Sample { return BlindOthers(seed, others, BlindTuning) }, 0x963ac119973b6502},
		{"BlindOthers BlindHeldOut", func() []Sample { return BlindOthers(seed, others, BlindHeldOut) }, 0x1cc59817d75a7c62},
		{"UnseenDigits UnseenTune", func() []Sample { return UnseenDigits(seed, digits, UnseenTune) }, 0x73922cd4ee9bc43e},
		{"UnseenDigits UnseenHeld", func() []Sample { return UnseenDigits(seed, digits, UnseenHeld) }, 0xdaf194d8dd19061e},
		{"UnseenVDigits UnseenVTune", func() []Sample { return UnseenVDigits(seed, digits, UnseenVTune) }, 0x0e42afd9d2b6cdbf},
		{"UnseenVDigits UnseenVHeld", func() []Sample { return UnseenVDigits(seed, digits, UnseenVHeld) }, 0xaef5f9fa1c62a93f},
		{"UnseenVOthers UnseenVTune", func() []Sample { return UnseenVOthers(seed, others, UnseenVTune) }, 0xbb5ea5199bf05104},
		{"UnseenVOthers UnseenVHeld", func() []Sample { return UnseenVOthers(seed, others, UnseenVHeld) }, 0x51ef32a65b3d1901},
		{"SealedDigits SealedTune", func() []Sample { return SealedDigits(seed, digits, SealedTune) }, 0x1cb378e42a8d380f},
		{"SealedDigits SealedHeld", func() []Sample { return SealedDigits(seed, digits, SealedHeld) }, 0x79495376e3f5a4ee},
		{"SealedVDigits SealedTune", func() []Sample { return SealedVDigits(seed, digits, SealedTune) }, 0xb2d98b90254a03d8},
		{"SealedVDigits SealedHeld", func() []Sample { return SealedVDigits(seed, digits, SealedHeld) }, 0x85f2b88ead6f6d73},
		{"SealedVOthers SealedTune", func() []Sample { return SealedVOthers(seed, others, SealedTune) }, 0xfd6ccf120f954919},
		{"SealedVOthers SealedHeld", func() []Sample { return SealedVOthers(seed, others, SealedHeld) }, 0xd2139c8114f384b6},
		{"WritersDigits WritersTune", func() []Sample { return WritersDigits(seed, digits, WritersTune) }, 0x01d8ac6a54e0c21a},
		{"WritersDigits WritersHeld", func() []Sample { return WritersDigits(seed, digits, WritersHeld) }, 0x9c30a3da387f7338},
		{"WritersVDigits WritersTune", func() []Sample { return WritersVDigits(seed, digits, WritersTune) }, 0xf380494fa10e5b6f},
		{"WritersVDigits WritersHeld", func() []Sample { return WritersVDigits(seed, digits, WritersHeld) }, 0x662f9dab89aa922a},
		{"WritersVOthers WritersTune", func() []Sample { return WritersVOthers(seed, others, WritersTune) }, 0x594c32cb2e81e2fb},
		{"WritersVOthers WritersHeld", func() []Sample { return WritersVOthers(seed, others, WritersHeld) }, 0xaaa4023c4a4d8793},
	} {
		if got := hashSamples(tc.gen()); got != tc.want {
			t.Errorf("%s: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
	// The fonts sets also depend on the font files, as Debian 12's
	// hershey-fonts-data 0.1-1.1 and fonts-dejavu-core 2.37 install them;
	// the hands sets on the handwriting fonts as these Debian packages
	// install them (fonts-bwht 0.1-3, fonts-comic-neue 2.51-4,
	// fonts-dkg-handwriting 0.17-1, fonts-breip 0.5.1-3, fonts-humor-sans
	// 1.0-4, fonts-ecolier-court 1.00-6, fonts-dancingscript 1.2-2,
	// fonts-kaushanscript 1.02-2.1, fonts-klee 1.000-20210121-2,
	// fonts-kristi 20101220-1, fonts-rufscript 010-6, fonts-joscelyn
	// 1.012+ds-2) and on the tracer (handskel.go); the scribes sets on
	// these (fonts-seto 6.20-8, fonts-kiloji 1:2.1.0-25,
	// fonts-yozvox-yozfont-standard-kana 14.04-2, fonts-sjfonts 2.1-2,
	// fonts-havana 1.0-4, fonts-leckerli-one 20120409-1, fonts-lobster
	// 2.0-2.1, fonts-aoyagi-soseki 20070207-17, fonts-navilu 1.2-4,
	// fonts-tomsontalks 1.1-9, fonts-yusei-magic 1.000-20210130-2,
	// fonts-tlwg-purisa-otf 1:0.7.3-1) and the same tracer.
	f, err := LoadFonts()
	if err != nil {
		t.Fatal(err)
	}
	hf, err := LoadHands()
	if err != nil {
		t.Fatal(err)
	}
	sf, err := LoadScribes()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		ss   []Sample
		want uint64
	}{
		{"Fonts.Digits FontsTune", f.Digits(seed, digits, FontsTune), 0xfcfc007097ec3cec},
		{"Fonts.Digits FontsHeld", f.Digits(seed, digits, FontsHeld), 0x9a6e9435cf4d7e75},
		{"Fonts.VDigits FontsTune", f.VDigits(seed, digits, FontsTune), 0x2eac6fc225c41843},
		{"Fonts.VDigits FontsHeld", f.VDigits(seed, digits, FontsHeld), 0x2f45bb0176fb0d14},
		{"Fonts.VOthers FontsTune", f.VOthers(seed, others, FontsTune), 0x97e934d1af8f5c83},
		{"Fonts.VOthers FontsHeld", f.VOthers(seed, others, FontsHeld), 0x1e88743d8d9486bc},
		{"Hands.Digits HandsTune", hf.Digits(seed, digits, HandsTune), 0xe55c40ccf0b080b1},
		{"Hands.Digits HandsHeld", hf.Digits(seed, digits, HandsHeld), 0x289afffa1b4c5cc4},
		{"Hands.VDigits HandsTune", hf.VDigits(seed, digits, HandsTune), 0xee44b9d0b0ff6a0e},
		{"Hands.VDigits HandsHeld", hf.VDigits(seed, digits, HandsHeld), 0x6fadcd4c183b1dd3},
		{"Hands.VOthers HandsTune", hf.VOthers(seed, others, HandsTune), 0xc25169185c7a0a77},
		{"Hands.VOthers HandsHeld", hf.VOthers(seed, others, HandsHeld), 0xd8d9fe5d6c27a7ad},
		{"Scribes.Digits ScribesTune", sf.Digits(seed, digits, ScribesTune), 0x7e5da71bc74e64fd},
		{"Scribes.Digits ScribesHeld", sf.Digits(seed, digits, ScribesHeld), 0x98b4dab5df74007c},
		{"Scribes.VDigits ScribesTune", sf.VDigits(seed, digits, ScribesTune), 0x0cc401218b48a20d},
		{"Scribes.VDigits ScribesHeld", sf.VDigits(seed, digits, ScribesHeld), 0x93e0f9949e82dcac},
		{"Scribes.VOthers ScribesTune", sf.VOthers(seed, others, ScribesTune), 0xd8c90875edd820e7},
		{"Scribes.VOthers ScribesHeld", sf.VOthers(seed, others, ScribesHeld), 0xeae7bdaa3175a5aa},
	} {
		if got := hashSamples(tc.ss); got != tc.want {
			t.Errorf("%s: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
}
