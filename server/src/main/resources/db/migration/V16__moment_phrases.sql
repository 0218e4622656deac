-- Issue 17: a moment keeps message keys and their arguments (a phrase, JSON), never a sentence per
-- language; it is worded in each reader's language when read. Moments written before keep their two
-- sentences, as the arguments of a "legacy" part: nothing is lost, and they read as they did.
ALTER TABLE moment ADD COLUMN phrase VARCHAR(8000);
UPDATE moment SET phrase = '{"parts":[{"key":"legacy","args":[{"kind":"TEXT","value":"'
    || REPLACE(REPLACE(text_en, '\', '\\'), '"', '\"')
    || '"},{"kind":"TEXT","value":"'
    || REPLACE(REPLACE(text_fr, '\', '\\'), '"', '\"')
    || '"}]}]}';
ALTER TABLE moment ALTER COLUMN phrase SET NOT NULL;
ALTER TABLE moment DROP COLUMN text_en;
ALTER TABLE moment DROP COLUMN text_fr;
