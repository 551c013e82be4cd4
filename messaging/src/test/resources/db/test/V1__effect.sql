-- What the test application's handler did: one row per event applied, in the order applied.
create table effect (
    seq      bigserial    primary key,
    event_id varchar(200) not null,
    subject  varchar(200) not null,
    note     varchar(200) not null,
    topic    varchar(249) not null
);
