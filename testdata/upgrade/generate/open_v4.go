//go:build !schakel_v3

package main

import (
	"path/filepath"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
)

// newStore: since field encryption a store seals with keys kept apart;
// the fixture keeps its key file.
func newStore(db *sqlstore.DB, out string) (*sqlstore.Store, error) {
	keys, err := vault.Generate("schakel")
	if err != nil {
		return nil, err
	}
	if err := keys.Save(filepath.Join(out, "keys.json")); err != nil {
		return nil, err
	}
	return sqlstore.New(db, schakel.DefaultDeadlines, keys), nil
}
