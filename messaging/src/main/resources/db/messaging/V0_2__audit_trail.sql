-- The audit trail of every service (module messaging): one row per read or change of personal data,
-- saying who (the verified partner and its organisation), what (action, operation, the people
-- concerned), when and in which request. Append-only: the service's own database role may insert and
-- read rows, and a trigger refuses every UPDATE, DELETE and TRUNCATE, whoever runs it.
create table audit_record (
    id           bigserial     primary key,
    at           timestamp with time zone not null default now(),
    partner      varchar(200)  not null,
    organisation varchar(200),
    action       varchar(20)   not null,
    operation    varchar(200)  not null,
    people       uuid[]        not null default '{}',
    detail       varchar(2000),
    request_id   varchar(200)
);
create index audit_record_at on audit_record (at);
create index audit_record_partner on audit_record (partner, at);
create index audit_record_people on audit_record using gin (people);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_record_no_change before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
