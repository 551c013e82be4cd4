-- When transport first heard of a person (the consumer's transaction time): how long a registration
-- took to reach the pool, and how long someone has been known to transport.
alter table pool_person add column known_since timestamp with time zone not null default now();
