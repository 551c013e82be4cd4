-- An authority's queue and the list of cases are read a page at a time, oldest first.
create index clearance_queue_page on clearance (authority_code, status, requested_at, id);
drop index clearance_queue;
create index clearance_case_opened on clearance_case (opened_at, id);
