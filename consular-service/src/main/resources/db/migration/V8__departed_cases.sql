-- When the person left on a convoy (convoy.departed.v1): from then on a lapsing grant is not requested again
-- and no decision is taken back, since nobody can decide anew for a person on the road.
alter table clearance_case add column departed_at timestamp with time zone;
