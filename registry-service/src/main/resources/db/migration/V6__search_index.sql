-- Free-text search is a substring match over search_text: a trigram index keeps it fast at 100,000
-- people. pg_trgm ships with PostgreSQL and is a trusted extension (the database owner may create it).
create extension if not exists pg_trgm;
create index migrant_search_text on migrant using gin (search_text gin_trgm_ops);
create index migrant_destination_lower on migrant (lower(destination_region));
