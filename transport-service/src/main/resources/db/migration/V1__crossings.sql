-- Border crossings of the land routes Kazakhstan -> Uzbekistan -> Tajikistan: reference data, not code.
create table crossing (
    code          varchar(32)  primary key,
    name          varchar(200) not null,
    exit_country  varchar(3)   not null,
    exit_post     varchar(100) not null,
    entry_country varchar(3)   not null,
    entry_post    varchar(100) not null,
    road          varchar(200),
    created_at    timestamp with time zone not null default now(),
    check (exit_country <> entry_country)
);

insert into crossing (code, name, exit_country, exit_post, entry_country, entry_post, road) values
    ('KZ-UZ-ZHIBEK-ZHOLY', 'Zhibek Zholy - Gisht Kuprik', 'KAZ', 'Zhibek Zholy', 'UZB', 'Gisht Kuprik',
        'Shymkent - Tashkent'),
    ('UZ-TJ-OYBEK', 'Oybek - Fotehobod', 'UZB', 'Oybek', 'TJK', 'Fotehobod', 'Tashkent - Khujand'),
    ('UZ-TJ-SARIOSIYO', 'Sariosiyo - Tursunzoda', 'UZB', 'Sariosiyo', 'TJK', 'Tursunzoda', 'towards Dushanbe');
