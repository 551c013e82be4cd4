-- The shared messaging tables of every service (module messaging). Versions 0.x belong to this
-- module; a service's own migrations start at 1 (Flyway runs with out-of-order enabled so that a later
-- 0.x still applies to a database that already has the service's migrations).

-- Events written in the same transaction as the state change they announce; the relay publishes them
-- in sequence order and deletes each once the broker has acknowledged it.
create table outbox_event (
    seq            bigserial    primary key,
    id             uuid         not null unique,
    topic          varchar(200) not null,
    event_key      varchar(200) not null,
    type           varchar(200) not null,
    payload        bytea        not null,
    correlation_id varchar(200),
    created_at     timestamp with time zone not null default now()
);

-- Events a consumer group has applied: a redelivered event finds its id here and has no second effect.
create table processed_event (
    consumer     varchar(200) not null,
    event_id     varchar(200) not null,
    type         varchar(200) not null,
    topic        varchar(249) not null,
    processed_at timestamp with time zone not null default now(),
    primary key (consumer, event_id)
);
