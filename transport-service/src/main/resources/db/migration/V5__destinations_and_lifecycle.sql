-- The destination regions each route serves: a manifest seats only people bound for one of them. Reference
-- data managed through the API; these are the operation's corridors as first known.
create table route_region (
    route_code varchar(32)  not null references route (code),
    region     varchar(100) not null,
    primary key (route_code, region)
);
create index route_region_region on route_region (lower(region));

insert into route_region (route_code, region) values
    ('KZ-UZ-TJ-KHUJAND', 'Sughd'),
    ('KZ-UZ-TJ-DUSHANBE', 'Dushanbe'),
    ('KZ-UZ-TJ-DUSHANBE', 'Khatlon'),
    ('KZ-UZ-TJ-DUSHANBE', 'Districts of Republican Subordination');

-- Reference data is retired, never deleted while a convoy refers to it: a retired route, vehicle or crossing
-- cannot be used by a new convoy or route, and stays readable for the convoys that used it.
alter table route add column retired_at timestamp with time zone;
alter table vehicle add column retired_at timestamp with time zone;
alter table crossing add column retired_at timestamp with time zone;

-- A headcount is taken at each crossing of the route (in route order) and at the hand-over on arrival (no
-- crossing). A count can be per person (seat numbers or documents checked): then who was missing is kept.
alter table checkpoint add column kind varchar(20) not null default 'CROSSING';
alter table checkpoint alter column crossing_code drop not null;
alter table checkpoint add constraint checkpoint_kind_crossing
    check ((kind = 'CROSSING' and crossing_code is not null) or (kind = 'HAND_OVER' and crossing_code is null));
alter table checkpoint add column recorded_by varchar(100);

create table checkpoint_missing (
    checkpoint_id uuid not null references checkpoint (id),
    migrant_id    uuid not null,
    primary key (checkpoint_id, migrant_id)
);

-- Whether a no-show missed the boarding or went missing on the way (statistics count the latter as boarded).
alter table manifest_entry add column no_show_stage varchar(10);
