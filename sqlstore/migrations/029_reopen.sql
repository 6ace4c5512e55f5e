-- Why a closed case was opened again (issue 12), sealed like every reason.
ALTER TABLE cases ADD COLUMN reopen_reason TEXT NOT NULL DEFAULT '';
