-- Likely duplicates found at registration (same birth date, similar name across scripts), for review.
create table duplicate_flag (
    id           uuid        primary key,
    migrant_id   uuid        not null references migrant (id),
    candidate_id uuid        not null references migrant (id),
    score        numeric(4,3) not null,
    status       varchar(16) not null check (status in ('OPEN', 'DISTINCT', 'MERGED')),
    flagged_at   timestamp with time zone not null,
    resolved_at  timestamp with time zone,
    resolved_by  varchar(200),
    kept_id      uuid,
    constraint duplicate_flag_pair unique (migrant_id, candidate_id)
);
create index duplicate_flag_status on duplicate_flag (status);
create index migrant_date_of_birth on migrant (date_of_birth);
