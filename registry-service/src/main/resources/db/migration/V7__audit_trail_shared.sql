-- The audit trail moves to the table every service shares (audit_record, module messaging, migration
-- 0.2, applied before this one). Earlier rows keep their time, partner and action; the person they
-- concern, when it was one, moves to the people column.
insert into audit_record (at, partner, action, operation, people, detail)
select at,
       actor,
       action,
       case action when 'EXPORT' then 'migrant.export.csv' when 'SEARCH' then 'migrant.search' else 'migrant.read' end,
       case when subject ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
            then array[subject::uuid] else '{}'::uuid[] end,
       concat_ws(' ', case when subject !~ '^[0-9a-f-]{36}$' then subject end, detail)
from audit_entry
order by id;
drop table audit_entry;
