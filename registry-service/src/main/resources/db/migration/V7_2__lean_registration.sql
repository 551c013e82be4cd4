-- Phonetic keys of family and given name per script, written with the names: looking for likely
-- duplicates reads them instead of transliterating every candidate. Rows written before this version
-- get theirs when the service starts (NameKeyBackfill). The covering index answers the candidate query
-- (same birth date, not withdrawn) without reading the table.
alter table migrant add column family_key_latin varchar(200);
alter table migrant add column given_key_latin varchar(200);
alter table migrant add column family_key_cyrillic varchar(200);
alter table migrant add column given_key_cyrillic varchar(200);
create index migrant_duplicate_candidates on migrant (date_of_birth)
    include (status, family_key_latin, given_key_latin, family_key_cyrillic, given_key_cyrillic);
drop index migrant_date_of_birth;

-- Status history ids come from a pooled sequence (50 per round trip) instead of one identity per insert,
-- so that Hibernate batches the inserts of a registration instead of flushing early for each id.
alter sequence status_change_id_seq increment by 50;
