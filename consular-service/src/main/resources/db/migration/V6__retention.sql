-- Retention: when the personal data of a closed case was removed (personal-data.anonymised.v1).
alter table clearance_case add column anonymised_at timestamp with time zone;
create index clearance_case_retention on clearance_case (closed_at) where anonymised_at is null;
