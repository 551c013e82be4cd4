-- When each person is planned to leave: transport announces convoys (convoy.planned.v1) and seats
-- (migrant.assigned.v1) on one topic but under different keys, so either may arrive first; grants must
-- still be valid at the planned departure (the UZ transit PCR rule among them).
create table planned_convoy (
    convoy_id         uuid                     primary key,
    planned_departure timestamp with time zone not null
);

alter table clearance_case add column convoy_id uuid;
alter table clearance_case add column planned_departure timestamp with time zone;
create index clearance_case_convoy on clearance_case (convoy_id);

-- a certificate of return is single use: the journey it was used for
alter table travel_document add column used_at timestamp with time zone;
alter table travel_document add column used_on_convoy uuid;
