-- Likely duplicates are listed a page at a time, oldest first, per status.
create index duplicate_flag_page on duplicate_flag (status, flagged_at, id);
drop index duplicate_flag_status;
