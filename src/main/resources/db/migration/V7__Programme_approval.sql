-- When a programme was approved: programmes under Act 1386/2010 are due for revision four years later.
alter table programme add column approved_at timestamp with time zone;

update programme set approved_at = (
    select max(e.at) from programme_event e where e.programme_id = programme.id and e.action = 'APPROVE')
where status in ('APPROVED', 'SUPERSEDED');
