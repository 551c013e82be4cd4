-- Certificates of return issued by the Tajik embassy to people without a valid passport, and the
-- negative PCR test the Uzbek transit may require.
create table travel_document (
    id          uuid         primary key,
    case_id     uuid         not null references clearance_case (id),
    migrant_id  uuid         not null,
    number      varchar(40)  not null unique,
    issued_on   date         not null,
    valid_until date         not null,
    issued_by   varchar(200) not null,
    used        boolean      not null default false
);
create index travel_document_migrant on travel_document (migrant_id);

alter table clearance_case add column pcr_negative_at timestamp with time zone;
