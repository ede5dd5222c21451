-- The municipality adopts the plan; the regional authority's APPROVED is the acceptance of its review
-- (docs/domain.md, "Planning documents: lifecycle, sharing, review and adoption").
-- Existing rows are carried forward as they are: APPROVED stays APPROVED (accepted, adoption not yet recorded) and
-- keeps its revision day computed from the acceptance as before, until the coordinator records the adoption;
-- revision_due is set only by an adoption, so no existing row gets one.
alter table programme add column adoption_body varchar(200);
alter table programme add column adoption_date date;
alter table programme add column adoption_reference varchar(200);
alter table programme add column adoption_document_id bigint references stored_document (id);
alter table programme add column revision_due date;

-- The form of a plan under Act 681/2023: a separate action programme, or part of another planning document.
-- Plans written in Koto so far are separate documents; Act 1386/2010 programmes have no form to record.
alter table programme add column plan_form varchar(30);
alter table programme add column plan_document_name varchar(300);
update programme set plan_form = 'SEPARATE_PROGRAMME' where legal_basis = 'ACT_681_2023';

-- A recommended checklist item may be judged NOT_INCLUDED (12 characters; the column had room for 10).
alter table checklist_verdict alter column verdict set data type varchar(20);

-- Only content the act requires blocks a submission: under Act 1386/2010 §33 every section is optional.
update programme_section set required = false
where programme_id in (select id from programme where legal_basis = 'ACT_1386_2010');
