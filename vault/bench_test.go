package vault

import "testing"

func BenchmarkNewDataKey(b *testing.B) {
	v, _ := Generate("schakel.test")
	for b.Loop() {
		if _, _, err := v.NewDataKey("record"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSealOpen(b *testing.B) {
	v, _ := Generate("schakel.test")
	dk, _, _ := v.NewDataKey("record")
	for b.Loop() {
		if _, err := dk.Open("persons.name|p", dk.Seal("persons.name|p", "Anna de Vries")); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBlindIndex(b *testing.B) {
	v, _ := Generate("schakel.test")
	for b.Loop() {
		if _, _, err := v.BlindIndexPrimary("person.name_birth_month", []byte("anna de vries|1990-05"), 15); err != nil {
			b.Fatal(err)
		}
	}
}
