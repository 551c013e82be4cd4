-- People who travel together: a head and members, always seated in one vehicle.
create table household (
    id         uuid primary key,
    head_id    uuid not null references migrant (id),
    created_at timestamp with time zone not null
);

alter table migrant add column household_id uuid references household (id);
create index migrant_household on migrant (household_id);
