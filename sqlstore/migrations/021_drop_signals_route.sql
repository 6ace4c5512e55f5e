-- signals_route (route) is the first column of signals_retention (route,
-- status, received_at), which serves every lookup by route; each intake
-- wrote both.
DROP INDEX signals_route;
