-- Staging sites: where stranded people are found, registered and wait for their convoy.
create table site (
    code       varchar(32)  primary key,
    name       varchar(200) not null,
    country    varchar(3)   not null,
    region     varchar(200),
    kind       varchar(32)  not null check (kind in ('BORDER_CHECKPOINT', 'ASSEMBLY_POINT', 'SHELTER')),
    capacity   integer      check (capacity >= 0),
    created_at timestamp with time zone not null default now()
);

-- The checkpoint of the reference case (October 2020) and the assembly points on the way to it.
insert into site (code, name, country, region, kind, capacity) values
    ('KZ-ZHIBEK-ZHOLY', 'Zhibek Zholy checkpoint', 'KAZ', 'Turkestan Region', 'BORDER_CHECKPOINT', 300),
    ('KZ-SHYMKENT', 'Shymkent assembly point', 'KAZ', 'Shymkent', 'ASSEMBLY_POINT', 200),
    ('KZ-ALMATY', 'Almaty assembly point', 'KAZ', 'Almaty', 'ASSEMBLY_POINT', 400);
