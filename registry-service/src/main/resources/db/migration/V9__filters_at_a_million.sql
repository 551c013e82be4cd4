-- Filters with a million people: a page filtered by site and status comes in order from one index, and its total
-- (counted up to 10,000) from the same index alone. The site's own index is the leading column of this one.
create index migrant_page_site_status on migrant (site_code, status, registered_at desc, id);
drop index migrant_site;
