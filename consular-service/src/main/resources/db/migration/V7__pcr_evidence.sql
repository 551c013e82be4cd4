-- The paper behind a PCR test, as a border officer checks it: laboratory, certificate number, when the sample was
-- taken, the result, and optionally a scan of the certificate (PDF, PNG or JPEG, size-limited).
create table pcr_evidence (
    id                 uuid         primary key,
    migrant_id         uuid         not null,
    case_id            uuid         not null references clearance_case (id),
    laboratory         varchar(200) not null,
    certificate_number varchar(100) not null,
    sample_taken_at    timestamp with time zone not null,
    result             varchar(10)  not null,
    scan               bytea,
    scan_type          varchar(40),
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(200) not null,
    unique (laboratory, certificate_number),
    check ((scan is null) = (scan_type is null))
);
create index pcr_evidence_migrant on pcr_evidence (migrant_id, sample_taken_at);
