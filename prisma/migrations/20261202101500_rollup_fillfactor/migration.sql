-- The triggers update rollup rows in place on every activity write. With room left on each page, the
-- new version of a row goes on the same page (a heap-only update: no index entry), and PostgreSQL
-- prunes the old versions as it reads the page, without waiting for a VACUUM that may never come
-- (autovacuum is often off on bulk-loaded servers). Packed pages instead move every updated row to
-- a new page and the table grows with each write until vacuumed. Applies to pages written from now
-- on, and to all of them after a rewrite (VACUUM FULL, as pnpm db:generate-scale does after its load).
-- "SupportRollup" stays packed: it has about one row per activity, mostly inserted, rarely updated.
ALTER TABLE "SupportYearRollup" SET (fillfactor = 70);
ALTER TABLE "SupportTreeRollup" SET (fillfactor = 70);
ALTER TABLE "SupportAgencyRollup" SET (fillfactor = 70);
ALTER TABLE "SupportCategoryRollup" SET (fillfactor = 70);
