-- Convoys are listed a page at a time by planned departure.
create index convoy_departure on convoy (planned_departure, created_at, id);
