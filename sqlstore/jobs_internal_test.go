package sqlstore

import "testing"

// Every kind that is enqueued has its handler in the one table.
func TestEveryJobKindHasAHandler(t *testing.T) {
	kinds := []string{JobDeadlineReminders, JobPersonHits, JobRetention, JobRewrapKeys, JobReindexPersons}
	for _, p := range DefaultPeriodic {
		kinds = append(kinds, p.Kind)
	}
	for _, k := range kinds {
		if jobHandlers[k] == nil {
			t.Errorf("job kind %q has no handler", k)
		}
	}
}
