package nn

import "testing"

func benchData(b *testing.B) Dataset { return synthData(4000, 1) }
