-- Issue 19.5: a change of places on an agreement's timeline is stored as data (the year, where the change came
-- from, and per target group the places before and after) instead of as text such as
-- "2026: QUOTA_REFUGEE 0->20, ASYLUM_PERMIT 5->3 [PLACES_ROUND 12]" that the page parsed back.
-- Works on H2 2.2 and PostgreSQL 15 (both have regexp_like and regexp_substr with a group argument).

alter table agreement_event add column places_year integer;
alter table agreement_event add column places_source varchar(60);

create table agreement_places_change (
    event_id      bigint      not null references agreement_event (id),
    target_group  varchar(40) not null,
    places_before integer     not null,
    places_after  integer     not null,
    primary key (event_id, target_group)
);

-- Every change of places names its year, also the hand-written ones (the conflict message names the last one).
update agreement_event
   set places_year = cast(substring(comment, 1, 4) as integer)
 where action = 'PLACES_SET' and regexp_like(comment, '^[0-9]{4}:');

-- The ones the ledger wrote ("no change", or "GROUP a->b" joined by ", ", then "[source]" or nothing) become data.
create table agreement_event_structured (id bigint not null primary key);
insert into agreement_event_structured (id)
select id from agreement_event
 where action = 'PLACES_SET'
   and regexp_like(comment, '^[0-9]{4}: (no change|[A-Z_]+ [0-9]+->[0-9]+(, [A-Z_]+ [0-9]+->[0-9]+)*)( \[[^]]+\])?$');

insert into agreement_places_change (event_id, target_group, places_before, places_after)
select e.id, g.target_group,
       cast(regexp_substr(e.comment, '[:,] ' || g.target_group || ' ([0-9]+)->([0-9]+)', 1, 1, 'c', 1) as integer),
       cast(regexp_substr(e.comment, '[:,] ' || g.target_group || ' ([0-9]+)->([0-9]+)', 1, 1, 'c', 2) as integer)
  from agreement_event e
  join agreement_event_structured s on s.id = e.id
  join (select 'QUOTA_REFUGEE' as target_group
        union all select 'QUOTA_EMERGENCY'
        union all select 'ASYLUM_PERMIT'
        union all select 'UNACCOMPANIED_MINOR'
        union all select 'TEMPORARY_PROTECTION'
        union all select 'FAMILY_MEMBER') g
    on regexp_like(e.comment, '[:,] ' || g.target_group || ' [0-9]+->[0-9]+');

update agreement_event
   set places_source = regexp_substr(comment, '\[([^]]+)\]$', 1, 1, 'c', 1),
       comment = null
 where id in (select id from agreement_event_structured);

drop table agreement_event_structured;
