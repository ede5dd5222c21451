-- The figures of a guideline's timeline row as data (docs/domain.md, "Regional work-permit guidelines"): how many
-- occupations an edit left, the day a row is about (the consultation's deadline, a statement's date, the day the
-- guideline took effect or ended) and the kind of a party named. The page renders them in the reader's language;
-- the comment keeps only what people wrote (a party's name, a decision's reference). Rows written before this
-- migration keep their comment as it was and have no figures.
alter table guideline_event add column detail_count integer;
alter table guideline_event add column detail_date date;
alter table guideline_event add column detail_kind varchar(40);
