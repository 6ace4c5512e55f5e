//go:build schakel_v3

package main

import (
	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// newStore: before field encryption a store had no keys.
func newStore(db *sqlstore.DB, out string) (*sqlstore.Store, error) {
	return sqlstore.New(db, schakel.DefaultDeadlines), nil
}
