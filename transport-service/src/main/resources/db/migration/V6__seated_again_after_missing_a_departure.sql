-- A person who did not board keeps that line on the departed convoy's manifest (NO_SHOW at BOARDING) and may be
-- seated on a later convoy: a person is on at most one manifest that still counts on them.
drop index manifest_entry_one_manifest;
create unique index manifest_entry_one_manifest on manifest_entry (migrant_id)
    where not (status = 'NO_SHOW' and no_show_stage = 'BOARDING');
