-- A name search narrowed by status, with a million people: one index holds the name's trigrams and the status, so
-- PostgreSQL finds the people matching both in it, instead of intersecting the name's candidates with every person
-- of that status or reading the newest people one by one until enough match. It serves a name search alone as the
-- trigram index it replaces did. btree_gin (a status in a GIN index) ships with PostgreSQL and is a trusted
-- extension, as pg_trgm is: the database's owner may create it.
create extension if not exists btree_gin;
create index migrant_search on migrant using gin (search_text gin_trgm_ops, status);
drop index migrant_search_text;
