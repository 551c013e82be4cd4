-- The state authorities that decide the clearances of the land route Kazakhstan -> Uzbekistan -> Tajikistan.
create table authority (
    code         varchar(32)  primary key,
    name         varchar(200) not null,
    country      varchar(3)   not null,
    clearance    varchar(32)  not null check (clearance in ('KZ_EXIT', 'UZ_TRANSIT', 'TJ_NATIONALITY', 'TJ_ENTRY')),
    partner_role varchar(32)  not null check (partner_role in ('kz-migration', 'uz-border', 'tj-embassy', 'tj-border')),
    created_at   timestamp with time zone not null default now()
);

insert into authority (code, name, country, clearance, partner_role) values
    ('KZ-MIGRATION', 'Migration Service, Ministry of Internal Affairs of Kazakhstan', 'KAZ', 'KZ_EXIT', 'kz-migration'),
    ('UZ-BORDER', 'Border Troops, State Security Service of Uzbekistan', 'UZB', 'UZ_TRANSIT', 'uz-border'),
    ('TJ-EMBASSY-KZ', 'Embassy of the Republic of Tajikistan in Kazakhstan', 'TJK', 'TJ_NATIONALITY', 'tj-embassy'),
    ('TJ-BORDER', 'Border Troops and Sanitary-Epidemiological Service of Tajikistan', 'TJK', 'TJ_ENTRY', 'tj-border');
