-- Issue 17: why a profile was looked at or changed is kept as a phrase (message keys and arguments,
-- JSON) worded in each reader's language; the words an advisor typed are an argument, kept as typed.
-- Rows written before keep their text in "reason" and read as they were written; the reasons Lien
-- wrote itself become phrases, so a French client reads them in French.
ALTER TABLE profile_access ADD COLUMN reason_phrase VARCHAR(1000);
ALTER TABLE profile_access ALTER COLUMN reason DROP NOT NULL;
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.client-card","args":[]}]}', reason = NULL WHERE reason = 'client card';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.consents","args":[]}]}', reason = NULL WHERE reason = 'consents';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.selections","args":[]}]}', reason = NULL WHERE reason = 'selections';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.selection-sent","args":[]}]}', reason = NULL WHERE reason = 'selection sent';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.note-added","args":[]}]}', reason = NULL WHERE reason = 'note added';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.follow-up-set","args":[]}]}', reason = NULL WHERE reason = 'follow-up set';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.export-requested","args":[]}]}', reason = NULL
    WHERE reason = 'export at the client''s request';
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.no-reason","args":[]}]}', reason = NULL WHERE reason = '(no reason given)';
-- "consent contact-email given by the client", "consent presence withdrawn in person": the kind is a code
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.consent.by-client","args":[{"kind":"TEXT","value":"'
        || SUBSTRING(reason, 9, LENGTH(reason) - 8 - LENGTH(' given by the client'))
        || '"},{"kind":"TEXT","value":"given"}]}]}', reason = NULL
    WHERE reason LIKE 'consent % given by the client' AND reason NOT LIKE '%"%' AND REPLACE(reason, '\', '') = reason;
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.consent.by-client","args":[{"kind":"TEXT","value":"'
        || SUBSTRING(reason, 9, LENGTH(reason) - 8 - LENGTH(' withdrawn by the client'))
        || '"},{"kind":"TEXT","value":"withdrawn"}]}]}', reason = NULL
    WHERE reason LIKE 'consent % withdrawn by the client' AND reason NOT LIKE '%"%' AND REPLACE(reason, '\', '') = reason;
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.consent.in-person","args":[{"kind":"TEXT","value":"'
        || SUBSTRING(reason, 9, LENGTH(reason) - 8 - LENGTH(' given in person'))
        || '"},{"kind":"TEXT","value":"given"}]}]}', reason = NULL
    WHERE reason LIKE 'consent % given in person' AND reason NOT LIKE '%"%' AND REPLACE(reason, '\', '') = reason;
UPDATE profile_access SET reason_phrase = '{"parts":[{"key":"audit.consent.in-person","args":[{"kind":"TEXT","value":"'
        || SUBSTRING(reason, 9, LENGTH(reason) - 8 - LENGTH(' withdrawn in person'))
        || '"},{"kind":"TEXT","value":"withdrawn"}]}]}', reason = NULL
    WHERE reason LIKE 'consent % withdrawn in person' AND reason NOT LIKE '%"%' AND REPLACE(reason, '\', '') = reason;
