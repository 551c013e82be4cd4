-- Routes of the operation and their legs in travel order: reference data, not code. A leg that crosses a
-- border names the crossing; checkpoints of a convoy must be crossings of its route.
create table route (
    code        varchar(32)  primary key,
    name        varchar(200) not null,
    origin      varchar(100) not null,
    destination varchar(100) not null,
    created_at  timestamp with time zone not null default now()
);

create table route_leg (
    route_code    varchar(32)  not null references route (code),
    position      integer      not null check (position >= 1),
    from_place    varchar(100) not null,
    to_place      varchar(100) not null,
    crossing_code varchar(32)  references crossing (code),
    distance_km   integer      check (distance_km > 0),
    primary key (route_code, position)
);

insert into route (code, name, origin, destination) values
    ('KZ-UZ-TJ-KHUJAND', 'Zhibek Zholy - Oybek - Khujand', 'Zhibek Zholy', 'Khujand'),
    ('KZ-UZ-TJ-DUSHANBE', 'Zhibek Zholy - Sariosiyo - Dushanbe', 'Zhibek Zholy', 'Dushanbe');

insert into route_leg (route_code, position, from_place, to_place, crossing_code, distance_km) values
    ('KZ-UZ-TJ-KHUJAND', 1, 'Zhibek Zholy', 'Gisht Kuprik', 'KZ-UZ-ZHIBEK-ZHOLY', 1),
    ('KZ-UZ-TJ-KHUJAND', 2, 'Gisht Kuprik', 'Oybek', null, 120),
    ('KZ-UZ-TJ-KHUJAND', 3, 'Oybek', 'Fotehobod', 'UZ-TJ-OYBEK', 1),
    ('KZ-UZ-TJ-KHUJAND', 4, 'Fotehobod', 'Khujand', null, 60),
    ('KZ-UZ-TJ-DUSHANBE', 1, 'Zhibek Zholy', 'Gisht Kuprik', 'KZ-UZ-ZHIBEK-ZHOLY', 1),
    ('KZ-UZ-TJ-DUSHANBE', 2, 'Gisht Kuprik', 'Sariosiyo', null, 720),
    ('KZ-UZ-TJ-DUSHANBE', 3, 'Sariosiyo', 'Tursunzoda', 'UZ-TJ-SARIOSIYO', 1),
    ('KZ-UZ-TJ-DUSHANBE', 4, 'Tursunzoda', 'Dushanbe', null, 60);
