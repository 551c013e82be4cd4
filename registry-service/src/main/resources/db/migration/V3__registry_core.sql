-- The registry's core: names in either script, documents, vulnerabilities, seat needs, consent,
-- optimistic versioning, the status history and the audit trail.

alter table migrant alter column family_name_latin drop not null;
alter table migrant alter column given_name_latin drop not null;
alter table migrant add constraint migrant_has_a_name check (
    (family_name_latin is not null and given_name_latin is not null)
    or (family_name_cyrillic is not null and given_name_cyrillic is not null));

alter table migrant add column phone varchar(20);
alter table migrant add column consent_at timestamp with time zone;
alter table migrant add column consent_taken_by varchar(100);
alter table migrant add column consent_language varchar(35);
alter table migrant add column search_text varchar(1000) not null default '';
alter table migrant add column version bigint not null default 0;
alter table migrant add column updated_at timestamp with time zone;
alter table migrant drop column consent_given;
alter table migrant add constraint migrant_status_known check (status in ('REGISTERED', 'CLEARANCE_PENDING',
    'CLEARED', 'ASSIGNED', 'IN_TRANSIT', 'ARRIVED', 'WITHDRAWN', 'CLEARANCE_DENIED', 'NO_SHOW'));

create index migrant_status on migrant (status);
create index migrant_destination on migrant (destination_region);
create index migrant_registered_at on migrant (registered_at);

-- Identity documents; one document (type, number, issuing state) belongs to one person only.
create table identity_document (
    id            uuid        primary key,
    migrant_id    uuid        not null references migrant (id) on delete cascade,
    type          varchar(32) not null check (type in ('PASSPORT', 'NATIONAL_ID', 'BIRTH_CERTIFICATE',
                                                      'CERTIFICATE_OF_RETURN')),
    number        varchar(40) not null,
    issuing_state varchar(3)  not null,
    expires_on    date,
    constraint identity_document_unique unique (type, number, issuing_state)
);
create index identity_document_migrant on identity_document (migrant_id);

create table migrant_vulnerability (
    migrant_id    uuid        not null references migrant (id) on delete cascade,
    vulnerability varchar(40) not null,
    primary key (migrant_id, vulnerability)
);
create index migrant_vulnerability_kind on migrant_vulnerability (vulnerability);

create table migrant_seat_need (
    migrant_id uuid        not null references migrant (id) on delete cascade,
    seat_need  varchar(40) not null,
    primary key (migrant_id, seat_need)
);

-- Every status change: when, from what, to what, caused by whom (a user or an event id), and why.
create table status_change (
    id          bigserial   primary key,
    migrant_id  uuid        not null references migrant (id) on delete cascade,
    from_status varchar(32),
    to_status   varchar(32) not null,
    changed_at  timestamp with time zone not null,
    cause       varchar(200) not null,
    reason      varchar(500)
);
create index status_change_migrant on status_change (migrant_id, id);

-- Reads of personal data by partners: who read, searched or exported what, and when.
create table audit_entry (
    id       bigserial    primary key,
    at       timestamp with time zone not null default now(),
    actor    varchar(200) not null,
    action   varchar(20)  not null,
    subject  varchar(200),
    detail   varchar(2000)
);
create index audit_entry_at on audit_entry (at);
