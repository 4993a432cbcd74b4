-- The embedded H2 database has no trigram indexes (PostgreSQL gets them in db/vendor/postgresql); at the sizes the
-- zero-setup default is for, "contains" searches scan the table. Kept as a version so both databases share numbering.
select 1;
