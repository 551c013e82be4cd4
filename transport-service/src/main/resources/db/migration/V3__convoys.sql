-- Vehicles, convoys, manifests, checkpoints, and the pool of people transport knows from events.
create table vehicle (
    id               uuid         primary key,
    plate            varchar(20)  not null unique,
    carrier          varchar(200) not null,
    seats            integer      not null check (seats between 1 and 100),
    accessible_seats integer      not null check (accessible_seats >= 0 and accessible_seats <= seats),
    driver_name      varchar(200) not null,
    driver_phone     varchar(30),
    created_at       timestamp with time zone not null
);

create table convoy (
    id                uuid         primary key,
    route_code        varchar(32)  not null references route (code),
    planned_departure timestamp with time zone not null,
    status            varchar(20)  not null,
    escort_lead       varchar(200),
    departed_at       timestamp with time zone,
    arrived_at        timestamp with time zone,
    received_by       varchar(100),
    version           bigint       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index convoy_status on convoy (status, planned_departure);

-- A vehicle is in at most one active convoy (planned to arrived): the partial unique index says so even
-- when two plans race.
create table convoy_vehicle (
    convoy_id  uuid         not null references convoy (id),
    vehicle_id uuid         not null references vehicle (id),
    position   integer      not null,
    escort     varchar(200),
    active     boolean      not null,
    primary key (convoy_id, vehicle_id)
);
create unique index convoy_vehicle_one_active on convoy_vehicle (vehicle_id) where active;

-- What happened to a convoy, in order: status changes, checkpoints, mismatches, late withdrawals.
create table convoy_timeline (
    id        bigserial    primary key,
    convoy_id uuid         not null references convoy (id),
    at        timestamp with time zone not null,
    kind      varchar(40)  not null,
    detail    varchar(1000) not null
);
create index convoy_timeline_convoy on convoy_timeline (convoy_id, id);

-- One row per person on a convoy's manifest; a person leaving the manifest before departure is deleted
-- (migrant.unassigned.v1 tells it). A person is on at most one manifest.
create table manifest_entry (
    convoy_id    uuid        not null references convoy (id),
    migrant_id   uuid        not null,
    vehicle_id   uuid        not null references vehicle (id),
    seat         integer     not null check (seat >= 1),
    household_id uuid,
    status       varchar(20) not null,
    no_show_reason varchar(500),
    assigned_at  timestamp with time zone not null,
    primary key (convoy_id, migrant_id),
    unique (convoy_id, vehicle_id, seat)
);
create unique index manifest_entry_one_manifest on manifest_entry (migrant_id);

create table checkpoint (
    id            uuid        primary key,
    convoy_id     uuid        not null references convoy (id),
    crossing_code varchar(32) not null references crossing (code),
    passed_at     timestamp with time zone not null,
    recorded_at   timestamp with time zone not null
);
create index checkpoint_convoy on checkpoint (convoy_id, recorded_at);

create table checkpoint_count (
    checkpoint_id uuid    not null references checkpoint (id),
    vehicle_id    uuid    not null references vehicle (id),
    expected      integer not null,
    counted       integer not null,
    primary key (checkpoint_id, vehicle_id)
);

-- The read model of people, from registry and consular events (any order): eligible when registered with
-- consent, cleared, not denied and not withdrawn.
create table pool_person (
    migrant_id          uuid         primary key,
    registered          boolean      not null,
    household_id        uuid,
    family_name         varchar(200),
    given_name          varchar(200),
    patronymic          varchar(200),
    sex                 varchar(1),
    date_of_birth       date,
    nationality         varchar(3),
    document_type       varchar(30),
    document_number     varchar(50),
    vulnerabilities     varchar(500) not null,
    seat_needs          varchar(200) not null,
    destination_region  varchar(100),
    consent_given       boolean      not null,
    cleared             boolean      not null,
    cleared_at          timestamp with time zone,
    valid_until         timestamp with time zone,
    denied              boolean      not null,
    withdrawn           boolean      not null,
    updated_at          timestamp with time zone not null
);
create index pool_person_eligible on pool_person (cleared_at) where cleared and registered and consent_given
    and not denied and not withdrawn;
create index pool_person_household on pool_person (household_id);
