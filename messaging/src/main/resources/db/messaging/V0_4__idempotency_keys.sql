-- Requests a partner sent with an Idempotency-Key (module messaging): per partner and key, what the request was
-- (its operation and a digest of its body) and the resource it created, written in the transaction that created it.
-- A retry with the same key and request is answered with that resource instead of creating a second one.
create table idempotency_key (
    partner         varchar(200) not null,
    idempotency_key varchar(255) not null,
    operation       varchar(200) not null,
    request_digest  varchar(64)  not null,
    resource_id     uuid         not null,
    created_at      timestamp with time zone not null default now(),
    primary key (partner, idempotency_key)
);
create index idempotency_key_resource on idempotency_key (resource_id);
