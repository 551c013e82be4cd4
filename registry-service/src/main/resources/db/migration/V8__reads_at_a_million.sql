-- Lists with a million people: the page's ids are read first, in the order asked for (MigrantSearch), so each
-- order has an index that holds it with the id that breaks ties. Read from the index alone, a later page skips
-- the rows before it without reading the table. The default order (newest first) also carries status and site,
-- the usual filters, so that a filtered page is found in the index too.
create index migrant_page_registered on migrant (registered_at desc, id) include (status, site_code);
drop index migrant_registered_at;
create index migrant_page_family_name on migrant (family_name_latin, id);
create index migrant_page_status on migrant (status, id);
drop index migrant_status;
