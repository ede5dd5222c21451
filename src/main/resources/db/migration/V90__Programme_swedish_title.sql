-- The Swedish title of a programme (issue 16, item 10): part of the parallel-language text of a bilingual
-- municipality's plan, with the title as last submitted in both languages, so that a title changed in one language
-- only is flagged like a section (docs/domain.md, "Legal basis and terms"; Programme#hasTitleDrift).
-- Carried forward: existing programmes have no Swedish title; a submitted one's Finnish title as submitted is its
-- title today (titles could not be changed before this version), so nothing is flagged as drift by the upgrade.
ALTER TABLE programme ADD COLUMN title_sv VARCHAR(300);
ALTER TABLE programme ADD COLUMN submitted_title VARCHAR(300);
ALTER TABLE programme ADD COLUMN submitted_title_sv VARCHAR(300);
UPDATE programme SET submitted_title = title WHERE submission_round > 0;
