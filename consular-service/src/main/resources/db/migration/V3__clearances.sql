-- Clearances per authority, what each authority needs to know about the person, and the case history.
alter table clearance_case add column family_name varchar(100);
alter table clearance_case add column given_name varchar(100);
alter table clearance_case add column date_of_birth date;
alter table clearance_case add column documents_json text not null default '[]';
alter table clearance_case add column closed_at timestamp with time zone;
alter table clearance_case add constraint clearance_case_status check (status in ('OPEN', 'CLEARED', 'DENIED',
    'CANCELLED', 'CLOSED'));

create table clearance (
    id               uuid         primary key,
    case_id          uuid         not null references clearance_case (id),
    migrant_id       uuid         not null,
    type             varchar(32)  not null check (type in ('KZ_EXIT', 'UZ_TRANSIT', 'TJ_NATIONALITY', 'TJ_ENTRY')),
    authority_code   varchar(32)  not null references authority (code),
    status           varchar(16)  not null check (status in ('PENDING', 'GRANTED', 'DENIED', 'CANCELLED')),
    requested_at     timestamp with time zone not null,
    reason           varchar(500),
    reference_number varchar(100),
    valid_until      timestamp with time zone,
    decided_by       varchar(200),
    decided_at       timestamp with time zone,
    decision_id      varchar(200) unique,
    constraint clearance_once_per_case unique (case_id, type)
);
create index clearance_queue on clearance (authority_code, status, requested_at);
create index clearance_migrant on clearance (migrant_id);

create table case_history (
    id      bigserial    primary key,
    case_id uuid         not null references clearance_case (id),
    at      timestamp with time zone not null,
    what    varchar(64)  not null,
    detail  varchar(500),
    cause   varchar(200) not null
);
create index case_history_case on case_history (case_id, id);
