-- People registered for return. The registry issue extends this with households, documents,
-- vulnerabilities and the status history; this is the minimal record behind migrant.registered.v1.
create table migrant (
    id                   uuid         primary key,
    site_code            varchar(32)  not null references site (code),
    family_name_latin    varchar(100) not null,
    given_name_latin     varchar(100) not null,
    patronymic_latin     varchar(100),
    family_name_cyrillic varchar(100),
    given_name_cyrillic  varchar(100),
    patronymic_cyrillic  varchar(100),
    sex                  varchar(1)   not null check (sex in ('F', 'M', 'X')),
    date_of_birth        date         not null,
    nationality          varchar(3)   not null,
    destination_region   varchar(100),
    consent_given        boolean      not null,
    status               varchar(32)  not null,
    registered_at        timestamp with time zone not null
);

create index migrant_site on migrant (site_code);
