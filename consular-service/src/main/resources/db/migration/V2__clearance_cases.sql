-- One clearance case per registered person who consented to return. The consular issue adds the
-- clearances per authority, decisions and documents; this is the minimal case opened from
-- migrant.registered.v1.
create table clearance_case (
    id              uuid        primary key,
    migrant_id      uuid        not null unique,
    status          varchar(32) not null,
    site_code       varchar(32) not null,
    nationality     varchar(3)  not null,
    opened_at       timestamp with time zone not null default now(),
    opened_by_event varchar(200) not null
);
